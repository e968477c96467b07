/*
 * Draws each case's BPMN model with bpmn-js and marks the path it took: elements passed, the sequence
 * flows it took, and where the case waits now. The page gives each model once (cases drawn from the same
 * model name it) and, per case, the element and flow ids.
 * A diagram takes the page's width and the height its model's shape asks for (within bounds, and at
 * most the model's own size), so a wide model is not drawn at a fraction of its size; the buttons
 * above it zoom in and out and fit it again (with a mouse, the wheel and dragging move it too). A case
 * folded away is drawn when it is first opened.
 */
(function () {
    function ids(text) {
        return new Set((text || '').split(' ').filter(Boolean));
    }

    /** The model with its elements named in the reader's language (the page gives id → name). */
    function labelled(xml, labels) {
        var names = JSON.parse(labels || '{}');
        var model = new DOMParser().parseFromString(xml, 'application/xml');
        model.querySelectorAll('[id][name]').forEach(function (element) {
            var name = names[element.getAttribute('id')];
            if (name) {
                element.setAttribute('name', name);
            }
        });
        return new XMLSerializer().serializeToString(model);
    }

    async function draw(container) {
        var viewer = new BpmnJS({ container: container.querySelector('.ngf-bpmn-canvas') });
        var model = document.getElementById(container.dataset.model);
        await viewer.importXML(labelled(model.dataset.xml, model.dataset.labels));
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        clearOfIcons(registry);
        var passed = ids(container.dataset.passed);
        var active = ids(container.dataset.active);
        var marked = 0;
        passed.forEach(function (id) {
            if (registry.get(id)) {
                canvas.addMarker(id, 'ngf-passed');
                marked++;
            }
        });
        ids(container.dataset.flows).forEach(function (id) {
            if (registry.get(id)) {
                canvas.addMarker(id, 'ngf-passed-flow');
            }
        });
        active.forEach(function (id) {
            if (registry.get(id)) {
                canvas.addMarker(id, 'ngf-active');
                marked++;
            }
        });
        showTimes(container, registry);
        fitToWidth(container, canvas);
        container.dataset.marked = String(marked);
        container.dataset.rendered = 'true';
        return canvas;
    }

    var SVG = 'http://www.w3.org/2000/svg';

    /**
     * A step the case took more than once (a report verified again after a corrective-action plan, a revised plan
     * checked in a second round) carries how often in a badge on its corner, as the path's colour alone would say once.
     * The badge is part of the drawing, so it zooms, and prints, with it.
     */
    function showTimes(container, registry) {
        (container.dataset.repeated || '').split(' ').filter(Boolean).forEach(function (entry) {
            var id = entry.substring(0, entry.lastIndexOf('='));
            var times = entry.substring(entry.lastIndexOf('=') + 1);
            var element = registry.get(id);
            if (!element) {
                return;
            }
            var label = times + '\u00d7';
            var width = 10 + 7 * label.length;
            var badge = document.createElementNS(SVG, 'g');
            badge.setAttribute('class', 'ngf-times-badge');
            badge.setAttribute('data-element-id', id);
            badge.setAttribute('transform', 'translate(' + (element.width - width + 6) + ' -9)');
            var title = document.createElementNS(SVG, 'title');
            title.textContent = (container.dataset.timesTitle || '{0}').replace('{0}', times);
            var shape = document.createElementNS(SVG, 'rect');
            shape.setAttribute('width', String(width));
            shape.setAttribute('height', '18');
            shape.setAttribute('rx', '9');
            var text = document.createElementNS(SVG, 'text');
            text.setAttribute('x', String(width / 2));
            text.setAttribute('y', '13');
            text.setAttribute('text-anchor', 'middle');
            text.textContent = label;
            badge.append(title, shape, text);
            registry.getGraphics(element).appendChild(badge);
        });
    }

    /**
     * A task's name is drawn in the middle of its box, and a name of three or four lines reaches the icon in its corner
     * that says what kind of task it is (a person, cogs, a table). Such a name moves down until it is clear of the icon
     * where the box leaves room for it (above its bottom edge and any timer on it), else to the right.
     */
    function clearOfIcons(registry) {
        registry.getAll().forEach(function (element) {
            var visual = element.waypoints ? null : registry.getGraphics(element).querySelector('.djs-visual');
            var text = visual && visual.querySelector(':scope > text');
            var icons = visual ? visual.querySelectorAll(':scope > path') : [];
            if (!text || icons.length === 0 || !/Task$/.test(element.type)) {
                return;
            }
            var name = text.getBBox();
            var iconBottom = 0;
            var iconRight = 0;
            icons.forEach(function (icon) {
                var box = icon.getBBox();
                iconBottom = Math.max(iconBottom, box.y + box.height);
                iconRight = Math.max(iconRight, box.x + box.width);
            });
            // Only the lines beside the icon count: a short first line may stand clear of it already.
            var near = Array.prototype.map.call(text.querySelectorAll('tspan'), function (line) {
                return line.getBBox();
            }).filter(function (line) {
                return line.x < iconRight && line.y < iconBottom + 1;
            });
            if (near.length === 0) {
                return;
            }
            var floor = element.height - 2;
            (element.attachers || []).forEach(function (timer) {
                var left = timer.x - element.x;
                if (left < name.x + name.width && left + timer.width > name.x) {
                    floor = Math.min(floor, timer.y - element.y);
                }
            });
            var down = iconBottom + 1 - Math.min.apply(null, near.map(function (line) { return line.y; }));
            var right = iconRight + 1 - Math.min.apply(null, near.map(function (line) { return line.x; }));
            if (down > floor - (name.y + name.height)) {
                // No room below (a long name, a timer on the edge): a little to the right instead, as far as the box allows.
                down = 0;
                right = Math.min(right, element.width - 2 - (name.x + name.width));
            } else {
                right = 0;
            }
            if (down > 0 || right > 0) {
                text.setAttribute('transform', 'translate(' + right.toFixed(1) + ' ' + down.toFixed(1) + ')');
            }
        });
    }

    var MIN_HEIGHT = 240;
    var MAX_HEIGHT = 760;
    var MARGIN = 24;

    function fitToWidth(container, canvas) {
        canvas.zoom('fit-viewport');
        var model = canvas.viewbox().inner;
        if (model.width > 0) {
            // Never larger than the model's own size: a small model is not blown up to the page's width.
            var scale = Math.min(1, (container.clientWidth - 2 * MARGIN) / model.width);
            var height = Math.round(model.height * scale) + 2 * MARGIN;
            container.style.height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, height)) + 'px';
            canvas.resized();
        }
        fit(container, canvas);
    }

    function fit(container, canvas) {
        canvas.zoom('fit-viewport', 'auto');
        showScale(container, canvas);
    }

    function showScale(container, canvas) {
        container.dataset.scale = canvas.zoom().toFixed(3);
    }

    var STEP = 1.25;

    function zoom(container, canvas, how) {
        if (how === 'fit') {
            fit(container, canvas);
            return;
        }
        canvas.zoom(canvas.zoom() * (how === 'in' ? STEP : 1 / STEP), 'auto');
        showScale(container, canvas);
    }

    /** Draws a case's diagram once, when its case is first open (a folded case's canvas has no size to fit). */
    function drawWhenOpen(container) {
        var section = container.closest('details');
        if (!section) {
            show(container);
            return;
        }
        if (section.dataset.open === 'true') {
            section.open = true;
        }
        if (section.open) {
            show(container);
        } else {
            section.addEventListener('toggle', function first() {
                if (section.open) {
                    section.removeEventListener('toggle', first);
                    show(container);
                }
            });
        }
    }

    /** The diagrams drawn so far, to be drawn whole on paper. */
    var drawn = [];

    /**
     * On paper the page is narrower than the window the diagram was fitted to: for the printout each diagram shows
     * its whole model, scaled to the paper's width (an SVG view box), and afterwards the window's view comes back.
     */
    window.addEventListener('beforeprint', function () {
        drawn.forEach(function (d) {
            var model = d.canvas.viewbox().inner;
            var viewport = d.container.querySelector('.djs-container > svg > .viewport');
            if (!viewport || !(model.width > 0) || d.transform !== undefined) {
                return;
            }
            d.viewport = viewport;
            d.transform = viewport.getAttribute('transform');
            viewport.removeAttribute('transform');
            viewport.ownerSVGElement.setAttribute('viewBox', [model.x - MARGIN, model.y - MARGIN, model.width + 2 * MARGIN,
                model.height + 2 * MARGIN].join(' '));
        });
    });
    window.addEventListener('afterprint', function () {
        drawn.forEach(function (d) {
            if (d.transform !== undefined) {
                d.viewport.ownerSVGElement.removeAttribute('viewBox');
                if (d.transform === null) {
                    d.viewport.removeAttribute('transform');
                } else {
                    d.viewport.setAttribute('transform', d.transform);
                }
                d.transform = undefined;
            }
        });
    });

    function show(container) {
        draw(container).then(function (canvas) {
            drawn.push({container: container, canvas: canvas});
            document.querySelectorAll('[data-zoom][aria-controls="' + container.id + '"]').forEach(function (button) {
                button.disabled = false;
                button.addEventListener('click', function () {
                    zoom(container, canvas, button.dataset.zoom);
                });
            });
        }).catch(function (error) {
            container.dataset.rendered = 'failed';
            container.textContent = String(error && error.message ? error.message : error);
        });
    }

    document.querySelectorAll('.ngf-bpmn').forEach(drawWhenOpen);
})();
