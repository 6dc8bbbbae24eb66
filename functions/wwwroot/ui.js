// Small helpers the pages share: DOM building (text always through textContent), dates in the reader's language,
// snippets turned into text and <mark> nodes, JSON requests with the API's {"error"} answers, the "/" shortcut.
(() => {
  "use strict";
  const N = window.Netralitas;
  const svgNamespace = "http://www.w3.org/2000/svg";

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function svg(tag, attributes = {}) {
    const node = document.createElementNS(svgNamespace, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    return node;
  }

  function formatDate(iso) {
    if (!iso) return N.t("hit.undated");
    const [year, month, day] = iso.split("-").map(Number);
    return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString(N.locale(), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  }

  function formatMonth(yearMonth, style = "short") {
    const [year, month] = yearMonth.split("-").map(Number);
    return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString(N.locale(), { month: style, year: "numeric", timeZone: "UTC" });
  }

  function formatTime(iso) {
    return iso ? new Date(iso).toLocaleString(N.locale(), { dateStyle: "medium", timeStyle: "short" }) : "";
  }

  // The server escapes the snippet and wraps matches in <mark>. It is parsed inertly (DOMParser runs no script)
  // and only its text and <mark> elements are copied, so no markup from an article can reach the page.
  function snippetNodes(html) {
    const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
    const nodes = [];
    for (const child of parsed.body.childNodes) {
      if (child.nodeType === Node.ELEMENT_NODE && child.nodeName === "MARK") nodes.push(element("mark", null, child.textContent));
      else nodes.push(document.createTextNode(child.textContent));
    }
    return nodes;
  }

  async function getJson(url, options = {}) {
    const response = await fetch(url, options);
    const text = await response.text();
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    return { ok: response.ok, status: response.status, body, error: (body && body.error) || (response.ok ? null : `HTTP ${response.status}`) };
  }

  function violationLabel(kind) {
    const key = `violation.${kind}`;
    const label = N.t(key);
    return label === key ? kind : label;
  }

  // The violation kinds of the taxonomy (indexer/Extraction/Violations), in the order the filters list them.
  const violationKinds = ["social-media", "campaign-attendance", "declaration-of-support", "state-facilities", "favouring-decision", "gifts-to-asn", "village-officials", "appeal"];

  // Fills a <select> with the violation kinds in the current language after its first ("all") option, keeping the choice.
  function fillViolationOptions(select) {
    const chosen = select.value;
    select.replaceChildren(select.options[0]);
    for (const kind of violationKinds) {
      const option = element("option", null, violationLabel(kind));
      option.value = kind;
      select.append(option);
    }
    select.value = chosen;
  }

  // "/" focuses the search box from anywhere but a field being typed in.
  function searchShortcut(input) {
    document.addEventListener("keydown", (event) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
  }

  Object.assign(N, { element, svg, formatDate, formatMonth, formatTime, snippetNodes, getJson, violationLabel, fillViolationOptions, searchShortcut });
})();
