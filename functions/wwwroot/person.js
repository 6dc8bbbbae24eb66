// The person page (person.html?name=…): GET /api/persons, drawn as the positions held over time, the regencies and
// kinds of violation of the documents naming the person, and those documents, newest first.
(() => {
  "use strict";
  const N = window.Netralitas;
  const P = N.profilePage;
  const $ = (selector) => document.querySelector(selector);
  const name = new URLSearchParams(location.search).get("name") || "";

  function period(from, to) {
    if (!from) return N.t("hit.undated");
    return from === to ? N.formatDate(from) : `${N.formatDate(from)} – ${N.formatDate(to)}`;
  }

  function render(person) {
    document.title = `${person.name} — NetralitasSearch`;
    $("#profile-name").textContent = person.name;
    $("#profile-summary").textContent = N.t("person.summary", {
      stories: person.stories,
      documents: person.document_count,
      period: period(person.first_seen, person.last_seen),
    });
    const aliases = $("#profile-aliases");
    aliases.hidden = !person.aliases.length;
    aliases.textContent = person.aliases.length ? N.t("person.aliases", { names: person.aliases.join(", ") }) : "";
    P.searchLink({ person: person.name, sort: "date" });

    const positions = $("#person-positions");
    positions.replaceChildren(...(person.positions.length ? person.positions.map((held) => {
      const item = N.element("li", "position-held");
      item.append(N.element("strong", null, held.position));
      if (held.regency) item.append(" · ", N.element("span", null, held.regency));
      item.append(N.element("br"), N.element("span", "meta", `${period(held.from, held.to)} · ${N.t("person.positionDocuments", { count: held.documents })}`));
      return item;
    }) : [N.element("li", "muted", N.t("person.noPositions"))]));

    P.countList($("#person-regencies"), person.regencies, (value) => N.profileUrl("regency", value));
    P.countList($("#person-violations"), person.violations, (value) => `/?${new URLSearchParams({ person: person.name, violation: value })}`, N.violationLabel);
    P.documentList($("#person-documents"), person.documents);
    const truncated = $("#person-truncated");
    truncated.hidden = !person.truncated;
    truncated.textContent = person.truncated ? N.t("person.truncated", { count: person.documents.length }) : "";

    $("#profile-others").hidden = !person.others.length;
    $("#person-others").replaceChildren(...person.others.map((other) => {
      const item = N.element("li");
      const link = N.element("a", null, other);
      link.href = N.profileUrl("person", other);
      item.append(link);
      return item;
    }));
  }

  N.searchShortcut($("#q"));
  P.loadProfile(`/api/persons?${new URLSearchParams({ name })}`, render, "person");
})();
