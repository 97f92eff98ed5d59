// Draws the dashboard's charts with plotly.js (served by the app) and sends a click
// on a bar to the items behind it. The figures come from the page as JSON.
(function () {
  function draw(id, target) {
    var node = document.getElementById(id);
    var spec = document.getElementById(id + "-figure");
    if (!node || !spec || typeof Plotly === "undefined") return;
    var figure = JSON.parse(spec.textContent);
    Plotly.newPlot(node, figure.data, figure.layout, { displaylogo: false, responsive: true });
    node.on("plotly_click", function (event) {
      var point = event.points[0];
      var base = node.getAttribute("data-drill");
      window.location.href = base + (base.indexOf("?") < 0 ? "?" : "&") + target(point);
    });
  }
  function nextWeek(day) {
    var d = new Date(day + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + 7);
    return d.toISOString().slice(0, 10);
  }
  draw("trend", function (p) {
    return "sentiment=" + encodeURIComponent(p.customdata) +
      "&since=" + encodeURIComponent(p.x) + "&until=" + encodeURIComponent(nextWeek(p.x));
  });
  draw("categories", function (p) {
    return "category=" + encodeURIComponent(p.customdata);
  });
})();
