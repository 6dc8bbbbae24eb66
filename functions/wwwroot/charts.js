// The two charts of the search page, drawn as SVG by our own code: articles per month (vertical bars on a month
// axis, gaps between months shown as empty months) and the top regencies (horizontal bars). Every bar is a
// focusable button: a click or Enter narrows the search to its month or regency.
(() => {
  "use strict";
  const N = window.Netralitas;

  function monthsBetween(first, last) {
    const months = [];
    let [year, month] = first.split("-").map(Number);
    const [lastYear, lastMonth] = last.split("-").map(Number);
    while (year < lastYear || (year === lastYear && month <= lastMonth)) {
      months.push(`${year}-${String(month).padStart(2, "0")}`);
      month += 1;
      if (month === 13) { month = 1; year += 1; }
    }
    return months;
  }

  function activate(node, label, onPick) {
    node.setAttribute("tabindex", "0");
    node.setAttribute("role", "button");
    node.setAttribute("aria-label", label);
    node.addEventListener("click", onPick);
    node.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onPick();
      }
    });
    const title = N.svg("title");
    title.textContent = label;
    node.append(title);
  }

  function niceMax(value) {
    if (value <= 4) return Math.max(1, value);
    const power = 10 ** Math.floor(Math.log10(value));
    return [1, 2, 2.5, 5, 10].map((step) => step * power).find((candidate) => candidate >= value);
  }

  /** months: [{month: "2024-10", count}], oldest first. onPick(month) narrows to that month. */
  function timeline(container, counts, onPick) {
    container.replaceChildren();
    if (!counts.length) {
      container.append(N.element("p", "chart-empty", N.t("charts.none")));
      return;
    }

    const byMonth = new Map(counts.map((c) => [c.month, c.count]));
    const months = monthsBetween(counts[0].month, counts[counts.length - 1].month);
    const width = 640, height = 170, left = 34, right = 8, top = 10, bottom = 30;
    const plotWidth = width - left - right, plotHeight = height - top - bottom;
    const max = niceMax(Math.max(...counts.map((c) => c.count)));
    const slot = plotWidth / months.length;
    const chart = N.svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart timeline-chart", role: "group", "aria-label": N.t("charts.timeline") });

    for (const tick of [0, max / 2, max]) {
      const y = top + plotHeight - (tick / max) * plotHeight;
      chart.append(N.svg("line", { x1: left, x2: width - right, y1: y, y2: y, class: "grid" }));
      const label = N.svg("text", { x: left - 6, y: y + 4, class: "axis-label", "text-anchor": "end" });
      label.textContent = Number.isInteger(tick) ? String(tick) : tick.toFixed(1);
      chart.append(label);
    }

    // Label every month when there are few, otherwise each January (and the first month) with its year.
    const labelEvery = months.length <= 12 ? 1 : months.length <= 24 ? 3 : 0;
    months.forEach((month, i) => {
      const count = byMonth.get(month) || 0;
      const barHeight = (count / max) * plotHeight;
      const x = left + i * slot;
      if (count > 0) {
        const bar = N.svg("rect", { x: x + slot * 0.12, y: top + plotHeight - barHeight, width: Math.max(1, slot * 0.76), height: barHeight, class: "bar", "data-month": month });
        activate(bar, N.t("charts.monthTitle", { month: N.formatMonth(month, "long"), count }), () => onPick(month));
        chart.append(bar);
      }

      const [year, monthNumber] = month.split("-").map(Number);
      // The first month is labelled only when the next January is far enough away not to collide with it.
      const labelled = labelEvery ? i % labelEvery === 0 : monthNumber === 1 || (i === 0 && monthNumber <= 7);
      if (labelled) {
        const text = N.svg("text", { x: x + slot / 2, y: height - bottom + 16, class: "axis-label", "text-anchor": labelEvery ? "middle" : "start" });
        text.textContent = labelEvery ? N.formatMonth(month) : String(year);
        chart.append(text);
      }
    });

    chart.append(N.svg("line", { x1: left, x2: width - right, y1: top + plotHeight, y2: top + plotHeight, class: "axis" }));
    container.append(chart);
  }

  /** values: [{value, count}], largest first. onPick(value) narrows to it. */
  function bars(container, values, onPick) {
    container.replaceChildren();
    if (!values.length) {
      container.append(N.element("p", "chart-empty", N.t("charts.none")));
      return;
    }

    const rowHeight = 22, labelWidth = 150, width = 400, countWidth = 30;
    const height = values.length * rowHeight + 4;
    const max = Math.max(...values.map((v) => v.count));
    const chart = N.svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart bars-chart", role: "group", "aria-label": N.t("charts.regencies") });
    values.forEach((entry, i) => {
      const y = i * rowHeight + 2;
      const group = N.svg("g", { class: "bar-row", "data-value": entry.value });
      const label = N.svg("text", { x: labelWidth - 8, y: y + rowHeight / 2 + 4, class: "bar-label", "text-anchor": "end" });
      label.textContent = entry.value.length > 22 ? `${entry.value.slice(0, 21)}…` : entry.value;
      const barWidth = Math.max(2, ((width - labelWidth - countWidth) * entry.count) / max);
      const bar = N.svg("rect", { x: labelWidth, y: y + 3, width: barWidth, height: rowHeight - 6, class: "bar", rx: 2 });
      const count = N.svg("text", { x: labelWidth + barWidth + 6, y: y + rowHeight / 2 + 4, class: "axis-label" });
      count.textContent = String(entry.count);
      group.append(label, bar, count);
      activate(group, N.t("charts.regencyTitle", { name: entry.value, count: entry.count }), () => onPick(entry.value));
      chart.append(group);
    });
    container.append(chart);
  }

  Object.assign(N, { charts: { timeline, bars } });
})();
