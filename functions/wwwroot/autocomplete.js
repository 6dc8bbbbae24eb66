// A combobox over /api/regions (WAI-ARIA combobox with a listbox popup): typing "OKU" lists Ogan Komering Ulu,
// OKU Selatan and OKU Timur with the alias that matched. Arrow keys move, Enter or a click picks (the official name
// goes into the field), Escape closes. onPick runs after a pick.
(() => {
  "use strict";
  const N = window.Netralitas;
  let counter = 0;

  function attach(input, { kind, onPick }) {
    const list = N.element("ul", "suggestions");
    list.id = `suggestions-${++counter}`;
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.after(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.autocomplete = "off";

    let options = [];
    let active = -1;
    let timer = 0;
    let asked = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      active = index;
      options.forEach((option, i) => option.node.setAttribute("aria-selected", String(i === index)));
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].node.id);
        options[index].node.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function pick(index) {
      const option = options[index];
      if (!option) return;
      input.value = option.region.name;
      close();
      if (onPick) onPick(option.region);
    }

    async function suggest() {
      const typed = input.value.trim();
      const ticket = ++asked;
      if (!typed) {
        close();
        return;
      }
      const answer = await N.getJson(`/api/regions?${new URLSearchParams({ q: typed, kind, limit: "8" })}`);
      if (ticket !== asked || !answer.ok) return;
      options = answer.body.map((region, i) => {
        const node = N.element("li", "suggestion");
        node.id = `${list.id}-${i}`;
        node.setAttribute("role", "option");
        node.setAttribute("aria-selected", "false");
        node.append(N.element("span", "suggestion-name", region.name));
        const detail = [region.alias, region.kind === "province" ? null : region.province].filter(Boolean).join(" · ");
        if (detail) node.append(N.element("span", "suggestion-detail", detail));
        // mousedown, not click: the field's blur would close the list before a click arrives.
        node.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(i);
        });
        return { node, region };
      });
      list.replaceChildren(...options.map((o) => o.node));
      list.hidden = options.length === 0;
      input.setAttribute("aria-expanded", String(options.length > 0));
      active = -1;
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(suggest, 120);
    });
    input.addEventListener("keydown", (event) => {
      if (list.hidden) return;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight(Math.min(options.length - 1, active + 1));
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(Math.max(0, active - 1));
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
  }

  Object.assign(N, { autocomplete: attach });
})();
