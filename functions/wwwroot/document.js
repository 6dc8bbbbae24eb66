// The document view: the article text with its entities marked in colour, built from slices of the text and the
// entities' offsets (never markup from the text), a side list of the entities by type, and the other outlets of
// its same-story cluster. Entities inside another one (a regency inside a position) are nested; one that would
// cross another's end is left unmarked in the text and still listed at the side.
(() => {
  "use strict";
  const N = window.Netralitas;
  const $ = (selector) => document.querySelector(selector);
  const types = ["person", "position", "regency", "province", "district", "date", "legal-reference", "violation"];
  const id = new URLSearchParams(location.search).get("id") || "";
  let documentBody = null;
  let cluster = null;

  function entityLabel(type, value) {
    return type === "violation" ? N.violationLabel(value) : value;
  }

  function markText(text, entities) {
    const container = $("#doc-text");
    container.replaceChildren();
    const spans = entities
      .filter((e) => types.includes(e.type) && e.start >= 0 && e.length > 0 && e.start + e.length <= text.length)
      .sort((a, b) => a.start - b.start || b.length - a.length);
    const stack = [{ node: container, end: text.length }];
    let position = 0;
    const top = () => stack[stack.length - 1];
    const emit = (upto) => {
      if (upto > position) {
        top().node.append(text.slice(position, upto));
        position = upto;
      }
    };

    spans.forEach((span, index) => {
      const end = span.start + span.length;
      while (stack.length > 1 && top().end <= span.start) {
        emit(top().end);
        stack.pop();
      }
      if (span.start < position || end > top().end) return;
      emit(span.start);
      const mark = N.element("mark", `entity entity-${span.type}`);
      mark.id = `entity-${index}`;
      mark.dataset.type = span.type;
      mark.dataset.value = span.value;
      mark.title = `${N.t(`entity.${span.type}`)}: ${entityLabel(span.type, span.value)}`;
      top().node.append(mark);
      stack.push({ node: mark, end });
    });
    while (stack.length > 1) {
      emit(top().end);
      stack.pop();
    }
    emit(text.length);
  }

  function renderLegend(present) {
    const legend = $("#legend");
    legend.replaceChildren(N.element("span", "legend-title", N.t("doc.legend")));
    for (const type of types.filter((t) => present.has(t))) legend.append(N.element("span", `entity entity-${type}`, N.t(`entity.${type}`)));
    legend.hidden = present.size === 0;
  }

  function renderGroups(entities) {
    const groups = $("#entity-groups");
    groups.replaceChildren();
    for (const type of types) {
      const counts = new Map();
      for (const entity of entities.filter((e) => e.type === type)) counts.set(entity.value, (counts.get(entity.value) || 0) + 1);
      if (counts.size === 0) continue;
      const section = N.element("section", "entity-group");
      section.dataset.type = type;
      section.append(N.element("h3", `entity-heading entity-${type}`, N.t(`entity.${type}`)));
      const list = N.element("ul", "plain-list");
      for (const [value, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
        const item = N.element("li");
        const button = N.element("button", "link-button entity-link", entityLabel(type, value));
        button.type = "button";
        button.addEventListener("click", () => showFirst(type, value));
        item.append(button, " ", N.element("span", "count", String(count)));
        if (type === "person" || type === "regency") item.append(" ", N.profileLink(type, value));
        list.append(item);
      }
      section.append(list);
      groups.append(section);
    }
  }

  function showFirst(type, value) {
    const mark = [...document.querySelectorAll(`#doc-text mark[data-type="${type}"]`)].find((m) => m.dataset.value === value);
    if (!mark) return;
    mark.scrollIntoView({ block: "center", behavior: "smooth" });
    mark.classList.add("flash");
    setTimeout(() => mark.classList.remove("flash"), 1600);
  }

  function renderMeta(doc) {
    const meta = $("#doc-meta");
    meta.replaceChildren(N.element("strong", "outlet", doc.source || ""), doc.source ? " · " : "", N.element("time", null, N.formatDate(doc.published || doc.event_date)));
    if (doc.url) {
      const link = N.element("a", "original", N.t("doc.original"));
      link.href = doc.url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      meta.append(" · ", link);
    }
    meta.append(" · ", N.element("span", "muted", `${N.t("doc.file")}: ${doc.file}`));
    if (doc.archive) {
      meta.append(N.element("br"), N.element("span", "muted", N.t("doc.archived", { time: N.formatTime(doc.archive.fetched_at), url: doc.archive.source_url })));
    }
  }

  function renderCluster() {
    const list = $("#cluster-outlets");
    const others = (cluster || []).filter((hit) => hit.id !== id);
    if (!others.length) {
      list.replaceChildren(N.element("li", "muted", N.t("doc.clusterNone")));
      return;
    }
    list.replaceChildren(...others.map((hit) => {
      const item = N.element("li");
      const link = N.element("a", null, hit.source || hit.title);
      link.href = `/document.html?id=${encodeURIComponent(hit.id)}`;
      item.append(link, " · ", N.element("time", null, N.formatDate(hit.published)));
      return item;
    }));
  }

  function render() {
    if (!documentBody) return;
    const doc = documentBody;
    document.title = `${doc.title} — NetralitasSearch`;
    $("#doc-status").hidden = true;
    $("#doc-title").textContent = doc.title;
    renderMeta(doc);
    const entities = doc.entities || [];
    markText(doc.text || "", entities);
    renderLegend(new Set(entities.map((e) => e.type).filter((t) => types.includes(t))));
    renderGroups(entities);
    renderCluster();
  }

  async function load() {
    const answer = await N.getJson(`/api/documents/${encodeURIComponent(id)}`);
    if (!answer.ok) {
      $("#doc-status").textContent = answer.status === 404 ? N.t("doc.notFound") : N.t("error.generic", { message: answer.error });
      $("#doc-status").className = "status error";
      return;
    }
    documentBody = answer.body;
    render();

    // The cluster is a property of the index, not of the stored document: ask the search for this document's hit.
    const self = await N.getJson(`/api/search?${new URLSearchParams({ id, collapse: "false", size: "1" })}`);
    const clusterId = self.ok && self.body.hits.length ? self.body.hits[0].cluster : null;
    if (clusterId) {
      const members = await N.getJson(`/api/search?${new URLSearchParams({ cluster: clusterId, collapse: "false", sort: "date", size: "50" })}`);
      cluster = members.ok ? members.body.hits : [];
    } else {
      cluster = [];
    }
    renderCluster();
  }

  // Pages send no referrer, so the history is the hint that the reader came from the results.
  if (history.length > 1) {
    $("#back").addEventListener("click", (event) => {
      event.preventDefault();
      history.back();
    });
  }
  N.searchShortcut($("#q"));
  N.onLangChange(render);
  load();
})();
