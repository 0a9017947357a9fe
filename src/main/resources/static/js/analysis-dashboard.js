// Draws the analysis dashboard's charts from the data the page carries in data-chart, and again after htmx redraws
// the results. The tables beside the charts hold the same figures for those who cannot see the charts.
// The canvases carry no id on purpose: htmx copies the attributes of old elements onto new ones with the same id
// while it settles, and Chart.js's style attribute would then be set from a script, which the CSP forbids.
(function () {
    'use strict';
    var charts = [];

    function draw() {
        charts.forEach(function (chart) { chart.destroy(); });
        charts = [];
        var time = document.querySelector('canvas[data-chart-kind=time]');
        var offense = document.querySelector('canvas[data-chart-kind=offense]');
        if (!time || typeof Chart === 'undefined') {
            return;
        }
        var data = JSON.parse(time.getAttribute('data-chart'));
        var countLabel = time.getAttribute('data-label-count');
        var lastYearLabel = time.getAttribute('data-label-last-year');
        charts.push(new Chart(time, {
            type: 'line',
            data: {
                labels: data.timeLabels,
                datasets: [{label: countLabel, data: data.timeCounts, borderColor: '#1f4e79', backgroundColor: '#1f4e79',
                    tension: 0.2, pointRadius: 2}]
            },
            options: {maintainAspectRatio: false, animation: false, plugins: {legend: {display: false}},
                scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
        }));
        if (offense) {
            charts.push(new Chart(offense, {
                type: 'bar',
                data: {
                    labels: data.offenseLabels,
                    datasets: [
                        {label: countLabel, data: data.offenseCurrent, backgroundColor: '#1f4e79'},
                        {label: lastYearLabel, data: data.offenseLastYear, backgroundColor: '#9db4cc'}
                    ]
                },
                options: {indexAxis: 'y', maintainAspectRatio: false, animation: false,
                    scales: {x: {beginAtZero: true, ticks: {precision: 0}}}}
            }));
        }
    }

    document.addEventListener('DOMContentLoaded', draw);
    document.addEventListener('htmx:beforeSwap', function (event) {
        if (event.target && event.target.id === 'dashboard-results') {
            charts.forEach(function (chart) { chart.destroy(); });
            charts = [];
        }
    });
    document.addEventListener('htmx:afterSettle', function (event) {
        if (event.target && event.target.id === 'dashboard-results') {
            draw();
        }
    });
    if (document.readyState !== 'loading') {
        draw();
    }
})();
