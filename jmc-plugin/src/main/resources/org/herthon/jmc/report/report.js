// The Herthon report's page: everything it shows comes from the JSON block above, aggregated by
// herthon-jfr (a tree of call paths, one row per collection, import and audit event).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("herthon-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) { e.setAttribute(k, attrs[k]); } }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) { e.setAttribute(k, attrs[k]); } }
    return e;
  }
  function ms(ns) { return (ns / 1e6).toFixed(ns < 1e7 ? 3 : 1) + " ms"; }
  function pct(part, whole) { return whole > 0 ? (100 * part / whole).toFixed(1) + " %" : "-"; }

  document.getElementById("overview").textContent = "Recording of " + (data.durationNs / 1e9).toFixed(2) + " s.";

  // ---- Rule results ---------------------------------------------------------------------------
  var order = { WARNING: 0, INFO: 1, OK: 2, NA: 3, IGNORE: 4 };
  var rules = data.rules.slice().sort(function (a, b) {
    return (order[a.severity] - order[b.severity]) || (b.herthon - a.herthon) || a.name.localeCompare(b.name);
  });
  var rulesBody = document.querySelector("#rules tbody");
  rules.forEach(function (r) {
    var tr = el("tr", { "class": "rule" + (r.herthon ? " herthon" : "") });
    tr.appendChild(el("td", { "class": "sev sev-" + r.severity }, r.severity === "NA" ? "N/A" : r.severity));
    tr.appendChild(el("td", {}, r.name));
    var td = el("td", {}, r.summary);
    if (r.explanation) { td.appendChild(el("div", { "class": "explanation" }, r.explanation)); }
    tr.appendChild(td);
    rulesBody.appendChild(tr);
  });

  // ---- Flame graph (icicle: outermost frames on top) -------------------------------------------
  // A box is [name, location, total, self, calls, children].
  var flame = data.flame;
  var exact = flame.source === "trace";
  document.getElementById("flame-source").textContent = exact
    ? "From the exact trace (function entry and return events): width is total time."
    : "From execution samples (JVM frames named after Herthon functions): width is samples.";
  var threadSelect = document.getElementById("thread");
  flame.threads.forEach(function (t, i) { threadSelect.appendChild(el("option", { value: String(i) }, t.thread)); });
  var flameDiv = document.getElementById("flame");
  var tooltip = document.getElementById("tooltip");
  var ROW = 18;
  var zoomPath = [];   // boxes from the root to the zoomed box

  function amount(v) { return exact ? ms(v) : v + " samples"; }
  function colour(name) {
    var h = 0;
    for (var i = 0; i < name.length; i++) { h = (h * 31 + name.charCodeAt(i)) | 0; }
    return "hsl(" + (20 + Math.abs(h) % 40) + ", 75%, " + (55 + Math.abs(h >> 8) % 20) + "%)";
  }
  function describe(box, root) {
    var lines = [box[0], box[1]];
    if (exact) { lines.push("calls: " + box[4]); }
    lines.push("total: " + amount(box[2]) + " (" + pct(box[2], root[2]) + ")");
    lines.push("self: " + amount(box[3]));
    return lines.join("\n");
  }

  function renderFlame() {
    var root = flame.threads[Number(threadSelect.value) || 0].root;
    var focus = zoomPath.length ? zoomPath[zoomPath.length - 1] : root;
    var width = flameDiv.clientWidth || 1000;
    var fragment = document.createDocumentFragment();
    var maxDepth = 0;
    // Ancestors of the zoomed box: full-width bars; a click on one zooms out to it.
    zoomPath.forEach(function (box, i) {
      if (i === zoomPath.length - 1) { return; }
      fragment.appendChild(frameDiv(box, root, 0, width, i, true, i + 1));
    });
    var top = Math.max(0, zoomPath.length - 1);
    function layout(box, x, w, depth) {
      if (w < 0.5) { return; }
      var div = frameDiv(box, root, x, w, depth, false, -1);
      fragment.appendChild(div);
      if (depth > maxDepth) { maxDepth = depth; }
      var cx = x;
      var kids = box[5];
      for (var i = 0; i < kids.length; i++) {
        var cw = box[2] > 0 ? w * kids[i][2] / box[2] : 0;
        layout(kids[i], cx, cw, depth + 1);
        cx += cw;
      }
    }
    if (focus === root) {
      var kids = root[5];
      var cx = 0;
      for (var i = 0; i < kids.length; i++) {
        var cw = root[2] > 0 ? width * kids[i][2] / root[2] : 0;
        layout(kids[i], cx, cw, 0);
        cx += cw;
      }
    } else {
      layout(focus, 0, width, top);
    }
    flameDiv.textContent = "";
    flameDiv.appendChild(fragment);
    flameDiv.style.height = ((maxDepth + 1) * ROW + 2) + "px";
    flameDiv.setAttribute("data-zoom", focus === root ? "" : focus[0]);
    if (!root[5].length) {
      flameDiv.style.height = "2em";
      flameDiv.textContent = exact ? "No complete Herthon call in the trace." : "No execution sample shows a Herthon frame.";
    }
  }

  function frameDiv(box, root, x, w, depth, ancestor, keepPath) {
    var div = el("div", { "class": "frame" + (ancestor ? " ancestor" : ""), "data-name": box[0], "data-depth": String(depth) });
    div.style.left = x + "px";
    div.style.width = w + "px";
    div.style.top = (depth * ROW) + "px";
    div.style.background = colour(box[0]);
    if (w > 30) { div.textContent = box[0]; }
    div._box = box;
    div._keep = keepPath;
    return div;
  }

  function pathTo(root, target) {
    var path = [];
    function walk(box) {
      path.push(box);
      if (box === target) { return true; }
      for (var i = 0; i < box[5].length; i++) { if (walk(box[5][i])) { return true; } }
      path.pop();
      return false;
    }
    walk(root);
    return path.slice(1);
  }

  flameDiv.addEventListener("click", function (e) {
    var div = e.target.closest(".frame");
    if (!div) { return; }
    if (div._keep >= 0) {
      zoomPath = zoomPath.slice(0, div._keep);
    } else {
      var root = flame.threads[Number(threadSelect.value) || 0].root;
      zoomPath = pathTo(root, div._box);
    }
    renderFlame();
  });
  flameDiv.addEventListener("mousemove", function (e) {
    var div = e.target.closest(".frame");
    if (!div) { tooltip.hidden = true; return; }
    var root = flame.threads[Number(threadSelect.value) || 0].root;
    tooltip.textContent = "";
    describe(div._box, root).split("\n").forEach(function (line, i) {
      tooltip.appendChild(i ? document.createTextNode(line) : el("b", {}, line));
      tooltip.appendChild(el("br", {}));
    });
    tooltip.style.left = (e.clientX + 12) + "px";
    tooltip.style.top = (e.clientY + 12) + "px";
    tooltip.hidden = false;
  });
  flameDiv.addEventListener("mouseleave", function () { tooltip.hidden = true; });
  threadSelect.addEventListener("change", function () { zoomPath = []; renderFlame(); });
  document.getElementById("reset").addEventListener("click", function () { zoomPath = []; renderFlame(); });

  // ---- Timelines (one time axis: the recording) ------------------------------------------------
  var W = 1000;
  function axis(g, y, duration) {
    for (var i = 0; i <= 5; i++) {
      var x = 90 + (W - 100) * i / 5;
      g.appendChild(svg("line", { x1: x, x2: x, y1: 0, y2: y, stroke: "#eee" }));
      var t = svg("text", { x: x, y: y + 12, "text-anchor": "middle" });
      t.textContent = (duration * i / 5 / 1e6).toFixed(0) + " ms";
      g.appendChild(t);
    }
  }
  function xOf(ns) { return 90 + (W - 100) * (data.durationNs > 0 ? ns / data.durationNs : 0); }
  function wOf(ns) { return Math.max(1, (W - 100) * (data.durationNs > 0 ? ns / data.durationNs : 0)); }
  function label(g, y, text) { var t = svg("text", { x: 0, y: y }); t.textContent = text; g.appendChild(t); }
  function bar(g, cls, x, y, w, h, title) {
    var r = svg("rect", { "class": cls, x: x, y: y, width: w, height: h });
    var t = svg("title", {});
    t.textContent = title;
    r.appendChild(t);
    g.appendChild(r);
  }

  var gc = data.gc;
  var gcSvg = svg("svg", { viewBox: "0 0 " + W + " 150", width: "100%", role: "img" });
  axis(gcSvg, 130, data.durationNs);
  label(gcSvg, 22, "Herthon GC");
  label(gcSvg, 52, "JVM GC");
  label(gcSvg, 95, "Heap after GC");
  gc.herthon.forEach(function (c) {   // [start, duration, generation, collected, gcId]
    bar(gcSvg, "gc-bar herthon gen-" + c[2], xOf(c[0]), 8, wOf(c[1]), 20,
      "Herthon collection, generation " + c[2] + "\ncollected " + c[3] + " objects\nduration " + ms(c[1]) +
      "\nat " + ms(c[0]) + (c[4] >= 0 ? "\nJVM gcId " + c[4] : ""));
  });
  gc.jvm.forEach(function (c) {       // [start, duration, gcId, name, cause]
    bar(gcSvg, "gc-bar jvm", xOf(c[0]), 38, wOf(c[1]), 20,
      "JVM collection " + c[2] + ": " + c[3] + "\ncause " + c[4] + "\nduration " + ms(c[1]) + "\nat " + ms(c[0]));
  });
  if (gc.heap.length) {
    var maxHeap = Math.max.apply(null, gc.heap.map(function (h) { return h[1]; })) || 1;
    var points = gc.heap.map(function (h) { return xOf(h[0]).toFixed(1) + "," + (120 - 50 * h[1] / maxHeap).toFixed(1); });
    var line = svg("polyline", { "class": "heap-line", points: points.join(" ") });
    var lt = svg("title", {});
    lt.textContent = "Heap used after each JVM collection (max " + (maxHeap / 1048576).toFixed(1) + " MB)";
    line.appendChild(lt);
    gcSvg.appendChild(line);
  }
  var gcDiv = document.getElementById("gc-timeline");
  var legend = el("p", { "class": "legend" });
  [["gen-0", "#4e79a7", "Herthon generation 0"], ["gen-1", "#59a14f", "generation 1"], ["gen-2", "#e15759", "generation 2"],
   ["jvm", "#f28e2b", "JVM collection"], ["heap", "#76b7b2", "heap after GC"]].forEach(function (l) {
    var s = el("span", {}, l[2]);
    var i = el("i", {});
    i.style.background = l[1];
    s.insertBefore(i, s.firstChild);
    legend.appendChild(s);
  });
  gcDiv.appendChild(legend);
  gcDiv.appendChild(gcSvg);
  var collected = gc.herthon.reduce(function (s, c) { return s + c[3]; }, 0);
  var gcTime = gc.herthon.reduce(function (s, c) { return s + c[1]; }, 0);
  document.getElementById("gc-summary").textContent = gc.herthon.length + " Herthon collections (" + ms(gcTime) +
    ", " + collected + " objects collected); " + gc.jvm.length + " JVM collections.";

  var imports = data.imports;             // [start, duration, module, found]
  var impDiv = document.getElementById("import-timeline");
  if (!imports.length) {
    impDiv.textContent = "No herthon.Import events in the recording.";
  } else {
    var rows = Math.min(imports.length, 40);
    var impSvg = svg("svg", { viewBox: "0 0 " + W + " " + (rows * 16 + 20), width: "100%", role: "img" });
    axis(impSvg, rows * 16, data.durationNs);
    imports.forEach(function (imp, i) {
      var y = (i % rows) * 16;
      bar(impSvg, "import-bar" + (imp[3] ? "" : " missing"), xOf(imp[0]), y + 2, wOf(imp[1]), 12,
        "import " + imp[2] + (imp[3] ? "" : " (not found)") + "\n" + ms(imp[1]) + " at " + ms(imp[0]));
      if (i < rows) { label(impSvg, y + 12, imp[2].length > 13 ? imp[2].slice(0, 12) + "…" : imp[2]); }
    });
    impDiv.appendChild(impSvg);
  }

  // ---- Audit log -------------------------------------------------------------------------------
  var auditBody = document.querySelector("#audit tbody");
  var auditRows = data.audit.map(function (a) {   // [time, event, args]
    var tr = el("tr", { "class": "audit-row" });
    tr.appendChild(el("td", {}, ms(a[0])));
    tr.appendChild(el("td", {}, a[1]));
    tr.appendChild(el("td", { "class": "args" }, a[2]));
    auditBody.appendChild(tr);
    return { tr: tr, text: (a[1] + " " + a[2]).toLowerCase() };
  });
  var filter = document.getElementById("audit-filter");
  function applyFilter() {
    var q = filter.value.toLowerCase();
    var shown = 0;
    auditRows.forEach(function (r) {
      var on = !q || r.text.indexOf(q) >= 0;
      r.tr.hidden = !on;
      if (on) { shown++; }
    });
    document.getElementById("audit-count").textContent = shown + " of " + auditRows.length + " events";
  }
  filter.addEventListener("input", applyFilter);
  applyFilter();

  renderFlame();
  window.addEventListener("resize", renderFlame);
  document.body.setAttribute("data-ready", String(Math.round(performance.now())));
})();
