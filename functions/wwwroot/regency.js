// The regency page (regency.html?name=… or ?code=…): GET /api/regencies, drawn as incidents per month (a click opens
// the search of that month), the kinds of violation, the circulars and appeals, the people named, the latest incidents.
(() => {
  "use strict";
  const N = window.Netralitas;
  const P = N.profilePage;
  const $ = (selector) => document.querySelector(selector);
  const params = new URLSearchParams(location.search);
  const asked = params.get("code") ? { code: params.get("code") } : { name: params.get("name") || "" };

  function lastDay(month) {
    const [year, number] = month.split("-").map(Number);
    return `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, "0")}`;
  }

  function render(regency) {
    document.title = `${regency.name} — NetralitasSearch`;
    $("#profile-name").textContent = regency.name;
    $("#profile-summary").textContent = N.t("regency.summary", { province: regency.province, stories: regency.stories, incidents: regency.incidents });
    const alternatives = $("#profile-alternatives");
    alternatives.hidden = !regency.alternatives.length;
    alternatives.replaceChildren();
    if (regency.alternatives.length) {
      alternatives.append(N.t("regency.alternatives"), " ");
      regency.alternatives.forEach((other, i) => {
        const link = N.element("a", null, other.name);
        link.href = `/regency.html?${new URLSearchParams({ code: other.code })}`;
        alternatives.append(i ? ", " : "", link);
      });
    }
    P.searchLink({ regency: regency.code, sort: "date" });

    N.charts.timeline($("#regency-months"), regency.incident_months, (month) => {
      location.href = `/?${new URLSearchParams({ regency: regency.code, q: "", from: `${month}-01`, to: lastDay(month), sort: "date" })}`;
    });
    const undated = $("#regency-undated");
    undated.hidden = !regency.undated_incidents;
    undated.textContent = regency.undated_incidents ? N.t("charts.undated", { count: regency.undated_incidents }) : "";

    P.countList($("#regency-violations"), regency.violations, (value) => `/?${new URLSearchParams({ regency: regency.code, violation: value })}`, N.violationLabel);
    P.documentList($("#regency-circulars"), regency.circulars);
    P.documentList($("#regency-latest"), regency.latest_incidents);

    const persons = $("#regency-persons");
    persons.replaceChildren(...(regency.persons.length ? regency.persons.map((person) => {
      const item = N.element("li", "count-row");
      const link = N.element("a", "count-name", person.value);
      link.href = N.profileUrl("person", person.value);
      item.append(link, " ", N.element("span", "count", N.t("profile.counts", { stories: person.count, documents: person.documents })));
      if (person.buckets.length) item.append(N.element("br"), N.element("span", "meta", person.buckets.map((b) => b.value).join("; ")));
      return item;
    }) : [N.element("li", "muted", N.t("profile.none"))]));
  }

  N.searchShortcut($("#q"));
  P.loadProfile(`/api/regencies?${new URLSearchParams(asked)}`, render, "regency");
})();
