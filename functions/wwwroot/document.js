// The document view: the article text with its entities marked in colour, built from slices of the text and the
// entities' offsets (never markup from the text), a side list of the entities by type, and the other outlets of
// its same-story cluster. Entities inside another one (a regency inside a position) are nested; one that would
// cross another's end is left unmarked in the text and still listed at the side. A document read by OCR shows its
// pages beside the text, one at a time, and marks every word OCR was unsure of (split at entity edges, so none is left out);
// every document links to the original file it was read from.
(() => {
  "use strict";
  const N = window.Netralitas;
  const $ = (selector) => document.querySelector(selector);
  const types = ["person", "position", "regency", "province", "district", "date", "legal-reference", "violation"];
  const id = new URLSearchParams(location.search).get("id") || "";
  let documentBody = null;
  let cluster = null;
  let scanPages = [];
  let pageIndex = -1;

  function entityLabel(type, value) {
    return type === "violation" ? N.violationLabel(value) : value;
  }

  const bySpan = (a, b) => a.start - b.start || b.length - a.length || (a.kind === "entity" ? 0 : 1) - (b.kind === "entity" ? 0 : 1);
  const inText = (text) => (span) => Number.isInteger(span.start) && Number.isInteger(span.length) && span.start >= 0 && span.length > 0 && span.start + span.length <= text.length;

  // The spans that nest (in start order, longer first): one that would cross an earlier one's end is left out.
  function nestable(spans, length) {
    const ends = [length];
    const kept = [];
    let position = 0;
    for (const span of [...spans].sort(bySpan)) {
      const end = span.start + span.length;
      while (ends.length > 1 && ends[ends.length - 1] <= span.start) position = Math.max(position, ends.pop());
      if (span.start < position || end > ends[ends.length - 1]) continue;
      position = span.start;
      ends.push(end);
      kept.push(span);
    }
    return kept;
  }

  // A low-confidence word cut at every entity edge inside it, so each piece nests in or beside the entities.
  function splitAt(span, edges) {
    const end = span.start + span.length;
    const cuts = [span.start, ...edges.filter((edge) => edge > span.start && edge < end), end];
    const unique = [...new Set(cuts)].sort((a, b) => a - b);
    return unique.slice(0, -1).map((start, index) => ({ ...span, start, length: unique[index + 1] - start }));
  }

  function markText(text, entities, lowConfidence) {
    const container = $("#doc-text");
    container.replaceChildren();
    const marked = nestable(entities.filter((e) => types.includes(e.type)).filter(inText(text)).map((e) => ({ ...e, kind: "entity" })), text.length);
    const edges = marked.flatMap((e) => [e.start, e.start + e.length]);
    const words = lowConfidence.filter(inText(text)).flatMap((word, index) => splitAt({ ...word, kind: "ocr", word: index }, edges));
    const spans = nestable([...marked, ...words], text.length);

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
      while (stack.length > 1 && top().end <= span.start) {
        emit(top().end);
        stack.pop();
      }
      emit(span.start);
      const mark = span.kind === "entity" ? entityMark(span, index) : uncertainMark(span);
      top().node.append(mark);
      stack.push({ node: mark, end: span.start + span.length });
    });
    while (stack.length > 1) {
      emit(top().end);
      stack.pop();
    }
    emit(text.length);
  }

  function entityMark(span, index) {
    const mark = N.element("mark", `entity entity-${span.type}`);
    mark.id = `entity-${index}`;
    mark.dataset.type = span.type;
    mark.dataset.value = span.value;
    mark.title = `${N.t(`entity.${span.type}`)}: ${entityLabel(span.type, span.value)}`;
    return mark;
  }

  function uncertainMark(span) {
    const mark = N.element("mark", "ocr-low");
    mark.dataset.word = String(span.word);
    mark.dataset.confidence = String(Math.round(span.confidence));
    mark.title = N.t("doc.ocrLowTitle", { confidence: percent(span.confidence) });
    return mark;
  }

  function percent(value) {
    return new Intl.NumberFormat(N.locale(), { style: "percent", maximumFractionDigits: 0 }).format(value / 100);
  }

  function renderLegend(present, uncertain) {
    const legend = $("#legend");
    legend.replaceChildren(N.element("span", "legend-title", N.t("doc.legend")));
    for (const type of types.filter((t) => present.has(t))) legend.append(N.element("span", `entity entity-${type}`, N.t(`entity.${type}`)));
    if (uncertain) legend.append(N.element("mark", "ocr-low", N.t("doc.ocrLow")));
    legend.hidden = present.size === 0 && !uncertain;
  }

  // What OCR made of the document, and the read pages beside the text, one at a time: only the page shown is fetched
  // (and, on a phone where the pages follow the text, only once it is scrolled to). The page number is kept in the
  // address (?page=), so a link can point at a page; the buttons, or the arrow keys inside the panel, turn pages.
  function renderScan(doc) {
    const ocr = doc.ocr;
    scanPages = ocr && Array.isArray(ocr.pages) ? ocr.pages.filter((p) => Number.isInteger(p.page) && p.page > 0) : [];
    const summary = $("#doc-ocr");
    summary.hidden = !ocr;
    if (ocr) {
      summary.textContent = N.t("doc.ocr", {
        engine: ocr.engine,
        confidence: percent(ocr.mean_confidence),
        low: (ocr.low_confidence || []).length,
        floor: percent(ocr.confidence_floor),
      });
    }

    $("#doc-pages").hidden = scanPages.length === 0;
    $("#doc-body").classList.toggle("with-pages", scanPages.length > 0);
    $("main").classList.toggle("has-pages", scanPages.length > 0);
    $("#page-nav").hidden = scanPages.length < 2;
    if (scanPages.length === 0) return;
    if (pageIndex < 0) {
      const asked = scanPages.findIndex((p) => String(p.page) === new URLSearchParams(location.search).get("page"));
      pageIndex = Math.max(asked, 0);
    }
    showPage(Math.min(pageIndex, scanPages.length - 1));
  }

  // Shows scanPages[index]; the image is fetched again only when the page changes (not when the language does).
  function showPage(index) {
    pageIndex = index;
    const page = scanPages[index];
    const source = `/api/documents/${encodeURIComponent(documentBody.id)}/pages/${page.page}`;
    const image = $("#doc-page-image");
    const figure = $("#doc-page");
    image.alt = N.t("doc.pageAlt", { page: page.page, title: documentBody.title });
    if (image.dataset.source !== source) {
      image.dataset.source = source;
      figure.classList.add("loading");
      figure.classList.remove("failed");
      $("#doc-page-error").hidden = true;
      // The size OCR read the page at holds its place while it loads, so the layout does not jump.
      if (page.width > 0 && page.height > 0) {
        image.width = page.width;
        image.height = page.height;
      } else {
        image.removeAttribute("width");
        image.removeAttribute("height");
      }
      image.src = source;
      $("#doc-page-link").href = source;
    }
    $("#doc-page-caption").textContent = N.t("doc.pageCaption", { page: page.page, confidence: percent(page.mean_confidence), low: page.low_confidence_words });
    $("#doc-page-error").textContent = N.t("doc.pageError", { page: page.page });
    $("#page-position").textContent = N.t("doc.pageOf", { index: index + 1, count: scanPages.length });
    const [previous, next] = [$("#page-prev"), $("#page-next")];
    previous.disabled = index === 0;
    next.disabled = index === scanPages.length - 1;
    // A button that turns disabled under the keyboard would drop the focus to the page's top: hand it to the other.
    if (previous.disabled && document.activeElement === previous) next.focus();
    if (next.disabled && document.activeElement === next) previous.focus();

    const query = new URLSearchParams(location.search);
    if (index === 0) query.delete("page");
    else query.set("page", String(page.page));
    history.replaceState(history.state, "", `${location.pathname}?${query}${location.hash}`);
  }

  function turnPage(step) {
    const next = Math.min(Math.max(pageIndex + step, 0), scanPages.length - 1);
    if (next !== pageIndex) showPage(next);
  }

  function wirePages() {
    const image = $("#doc-page-image");
    image.addEventListener("load", () => $("#doc-page").classList.remove("loading"));
    image.addEventListener("error", () => {
      if (!image.dataset.source) return;
      $("#doc-page").classList.remove("loading");
      $("#doc-page").classList.add("failed");
      $("#doc-page-error").hidden = false;
    });
    $("#page-prev").addEventListener("click", () => turnPage(-1));
    $("#page-next").addEventListener("click", () => turnPage(1));
    $("#doc-pages").addEventListener("keydown", (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey || scanPages.length < 2) return;
      const step = { ArrowLeft: -1, ArrowRight: 1, Home: -scanPages.length, End: scanPages.length }[event.key];
      if (!step) return;
      event.preventDefault();
      turnPage(step);
    });
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
    const original = N.element("a", "original-file", doc.file);
    original.href = `/api/documents/${encodeURIComponent(doc.id)}/original`;
    original.title = N.t("doc.originalFile");
    meta.append(" · ", N.element("span", "muted", `${N.t("doc.file")}: `), original);
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
    const uncertain = (doc.ocr && doc.ocr.low_confidence) || [];
    markText(doc.text || "", entities, uncertain);
    renderLegend(new Set(entities.map((e) => e.type).filter((t) => types.includes(t))), uncertain.length > 0);
    renderScan(doc);
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
  wirePages();
  N.onLangChange(render);
  load();
})();
