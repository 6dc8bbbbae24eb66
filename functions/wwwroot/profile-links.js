// Links from a person's or a regency's name to its page (person.html, regency.html): a small "↗" beside a chip, a
// facet value or an entity of the document view, so the name itself keeps its own action (filtering, scrolling).
(() => {
  "use strict";
  const N = window.Netralitas;

  function profileUrl(kind, value) {
    return kind === "person" ? `/person.html?${new URLSearchParams({ name: value })}` : `/regency.html?${new URLSearchParams({ name: value })}`;
  }

  function profileLink(kind, value) {
    const link = N.element("a", "profile-link", "↗");
    link.href = profileUrl(kind, value);
    const label = N.t(kind === "person" ? "profile.personLink" : "profile.regencyLink", { name: value });
    link.title = label;
    link.setAttribute("aria-label", label);
    return link;
  }

  Object.assign(N, { profileUrl, profileLink });
})();
