// alert.html: an alert for anyone. Without a fragment it is the form (filled from the search's URL parameters) that
// POSTs /api/subscriptions and shows the secret management link once; with #id=…&token=… (the management link; a
// fragment never reaches a server) it shows the alert and its deliveries and deletes it, sending the token in the
// X-Alert-Token header.
(() => {
  "use strict";
  const N = window.Netralitas;
  const $ = (selector) => document.querySelector(selector);
  const params = new URLSearchParams(location.search);
  const fragment = new URLSearchParams(location.hash.slice(1));
  const carried = ["province", "source", "from", "to"];
  let managed = null;

  function status(text, error = false) {
    $("#alert-status").textContent = text;
    $("#alert-status").className = error ? "status error" : "status";
  }

  function channel() {
    return document.querySelector("input[name=channel]:checked").value;
  }

  function targetField() {
    const email = channel() === "email";
    const target = $("#sub-target");
    target.type = email ? "email" : "url";
    target.placeholder = N.t(email ? "subscribe.emailPlaceholder" : "subscribe.webhookPlaceholder");
    target.autocomplete = email ? "email" : "off";
  }

  async function create(event) {
    event.preventDefault();
    const form = $("#subscribe-form");
    const filters = {};
    for (const name of ["regency", "person", "violation"]) if (form.elements[name].value.trim()) filters[name] = form.elements[name].value.trim();
    for (const name of carried) if (params.get(name)) filters[name] = params.get(name);
    const body = { name: form.elements.name.value.trim(), query: form.elements.q.value.trim(), filters };
    body[channel()] = form.elements.target.value.trim();
    status(N.t("subscribe.saving"));
    const answer = await N.getJson("/api/subscriptions", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!answer.ok) {
      status(N.t("error.generic", { message: answer.error }), true);
      return;
    }
    const alert = answer.body;
    status("");
    form.hidden = true;
    $("#alert-created").hidden = false;
    $("#created-matching").textContent = N.t("subscribe.matching", { count: alert.matching });
    const link = $("#manage-link");
    link.href = alert.manage_url;
    link.textContent = alert.manage_url;
    $("#created-atom").href = alert.atom;
  }

  function renderManaged() {
    const alert = managed;
    if (!alert) return;
    $("#subscribe-form").hidden = true;
    $("#alert-manage").hidden = false;
    $("#manage-name").textContent = alert.name;
    const details = $("#manage-details");
    details.replaceChildren();
    const rows = [[N.t("alerts.query"), alert.query || "—"], [N.t("alerts.filters"), Object.entries(alert.filters || {}).map(([k, v]) => `${k}: ${v}`).join(", ") || "—"],
      [N.t("subscribe.channel"), alert.email || alert.webhook]];
    for (const [term, value] of rows) details.append(N.element("dt", null, term), N.element("dd", null, value));
    const atom = N.element("a", null, N.t("subscribe.atom"));
    atom.href = alert.atom;
    const atomCell = N.element("dd");
    atomCell.append(atom);
    details.append(N.element("dt", null, "Atom"), atomCell);
    $("#manage-matching").textContent = N.t("subscribe.matching", { count: alert.matching });
    const latest = (alert.deliveries && alert.deliveries.latest) || [];
    $("#manage-deliveries").replaceChildren(...(latest.length ? latest.map((hit) => {
      const item = N.element("li", "last-hit");
      item.dataset.state = hit.state;
      const link = N.element("a", null, hit.title || hit.document_id);
      link.href = `/document.html?id=${encodeURIComponent(hit.document_id)}`;
      item.append(link, " · ", N.element("span", "muted", N.t(`state.${hit.state}`)));
      return item;
    }) : [N.element("li", "muted", N.t("alerts.noHits"))]));
  }

  async function loadManaged() {
    const answer = await N.getJson(`/api/subscriptions/${encodeURIComponent(fragment.get("id"))}`, { headers: { "X-Alert-Token": fragment.get("token") || "" } });
    if (!answer.ok) {
      $("#subscribe-form").hidden = true;
      status(N.t("error.generic", { message: answer.error }), true);
      return;
    }
    managed = answer.body;
    status("");
    renderManaged();
  }

  async function remove() {
    if (!managed || !confirm(N.t("alerts.deleteConfirm", { name: managed.name }))) return;
    const answer = await N.getJson(`/api/subscriptions/${encodeURIComponent(managed.id)}`, { method: "DELETE", headers: { "X-Alert-Token": fragment.get("token") || "" } });
    if (!answer.ok) {
      status(N.t("error.generic", { message: answer.error }), true);
      return;
    }
    managed = null;
    $("#alert-manage").hidden = true;
    status(N.t("subscribe.deleted"));
  }

  N.fillViolationOptions($("#sub-violation"));
  const form = $("#subscribe-form");
  form.elements.q.value = params.get("q") || "";
  for (const name of ["regency", "person", "violation"]) form.elements[name].value = params.get(name) || "";
  form.elements.name.value = [params.get("q"), params.get("regency"), params.get("person")].filter(Boolean).join(" · ");
  for (const radio of document.querySelectorAll("input[name=channel]")) radio.addEventListener("change", targetField);
  targetField();
  form.addEventListener("submit", create);
  $("#manage-refresh").addEventListener("click", loadManaged);
  $("#manage-delete").addEventListener("click", remove);
  N.onLangChange(() => {
    N.fillViolationOptions($("#sub-violation"));
    targetField();
    renderManaged();
  });
  // Opening the management link from this page changes only the fragment: read the page again for it.
  window.addEventListener("hashchange", () => location.reload());
  if (fragment.get("id")) loadManaged();
})();
