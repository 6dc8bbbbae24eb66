// What the person and regency pages share: loading a profile from the API (400 and 404 answers shown with their
// message and the close names the server suggests), lists of counted values and of documents.
(() => {
  "use strict";
  const N = window.Netralitas;
  const $ = (selector) => document.querySelector(selector);

  // Loads `url`; on success calls render(body) now and on each change of language.
  async function loadProfile(url, render, suggestionKind) {
    const answer = await N.getJson(url);
    const status = $("#profile-status");
    if (!answer.ok) {
      status.textContent = answer.status === 404 ? `${N.t("profile.notFound")} ${answer.error}` : N.t("error.generic", { message: answer.error });
      status.className = "status error";
      const suggestions = (answer.body && answer.body.suggestions) || [];
      if (suggestions.length) {
        const list = N.element("ul", "plain-list suggestions-list");
        for (const name of suggestions) {
          const item = N.element("li");
          const link = N.element("a", null, name);
          link.href = N.profileUrl(suggestionKind, name);
          item.append(link);
          list.append(item);
        }
        status.after(N.element("p", "meta", N.t("profile.didYouMean")), list);
      }
      return;
    }
    status.hidden = true;
    $("#profile-body").hidden = false;
    render(answer.body);
    N.onLangChange(() => render(answer.body));
  }

  // [{value, count, documents}] as "value  N stories · M documents", each value a link or plain text.
  function countList(list, buckets, linkOf, labelOf = (value) => value) {
    if (!buckets.length) {
      list.replaceChildren(N.element("li", "muted", N.t("profile.none")));
      return;
    }
    list.replaceChildren(...buckets.map((bucket) => {
      const item = N.element("li", "count-row");
      const href = linkOf ? linkOf(bucket.value) : null;
      const name = N.element(href ? "a" : "span", "count-name", labelOf(bucket.value));
      if (href) name.href = href;
      item.append(name, " ", N.element("span", "count", N.t("profile.counts", { stories: bucket.count, documents: bucket.documents })));
      return item;
    }));
  }

  // [{id, title, date, source, url, violations, positions}] newest first, each title a link to the document view.
  function documentList(list, documents) {
    if (!documents.length) {
      list.replaceChildren(N.element("li", "muted", N.t("profile.none")));
      return;
    }
    list.replaceChildren(...documents.map((doc) => {
      const item = N.element("li", "profile-document");
      item.dataset.id = doc.id;
      const link = N.element("a", "hit-title", doc.title);
      link.href = `/document.html?id=${encodeURIComponent(doc.id)}`;
      const meta = N.element("p", "meta");
      meta.append(N.element("time", null, N.formatDate(doc.date)));
      if (doc.source) meta.append(" · ", N.element("span", "outlet", doc.source));
      for (const position of doc.positions || []) meta.append(" · ", N.element("span", "chip person", position));
      for (const kind of doc.violations || []) meta.append(" ", N.element("span", "chip violation", N.violationLabel(kind)));
      item.append(link, meta);
      return item;
    }));
  }

  function searchLink(params) {
    const link = $("#profile-search-link");
    link.href = `/?${new URLSearchParams(params)}`;
    $("#profile-search").hidden = false;
  }

  Object.assign(N, { profilePage: { loadProfile, countList, documentList, searchLink } });
})();
