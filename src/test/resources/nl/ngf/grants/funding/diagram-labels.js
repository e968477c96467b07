/*
 * What an auditor would find hard to read in the case diagrams drawn on the page (bpmn-js): a name whose word the box
 * cut in two where the model gave it no place to break, a name standing on another name or on another element, a
 * sequence flow running through a name, a task's name on the icon that says what kind of task it is. Returns one line
 * per finding; none when every name stands clear.
 */
var findings = [];
document.querySelectorAll('.ngf-bpmn[data-rendered="true"]').forEach(function (diagram) {
    var where = diagram.id;
    var svg = diagram.querySelector('.djs-container > svg');
    var names = JSON.parse(document.getElementById(diagram.dataset.model).dataset.labels || '{}');
    function idOf(node) {
        return node.closest('.djs-element').dataset.elementId;
    }
    // A name drawn over several lines breaks only between words, or where the model's words may break (a soft hyphen,
    // drawn as a hyphen).
    svg.querySelectorAll('.djs-shape .djs-visual > text').forEach(function (text) {
        var id = idOf(text);
        var name = names[id];
        var lines = Array.prototype.map.call(text.querySelectorAll('tspan'), function (line) { return line.textContent; });
        if (!name || lines.length < 2) {
            return;
        }
        var at = 0;
        lines.forEach(function (line, index) {
            for (var i = 0; i < line.length; i++) {
                if (name[at] === line[i] || (line[i] === '-' && name[at] === '\u00AD')) {
                    at++;
                } else {
                    findings.push(where + ': ' + id + ' is drawn as ' + JSON.stringify(lines));
                    return;
                }
            }
            if (index < lines.length - 1 && !line.endsWith(' ')) {
                if (name[at] === ' ' || name[at] === '\u00AD') {
                    at++;
                } else if (!(line.endsWith('-') && name[at - 1] === '\u00AD')) {
                    findings.push(where + ': a word of ' + id + ' is cut: ' + JSON.stringify(lines));
                }
            }
        });
    });
    // A task's name stands clear of the icon in its corner that says what kind of task it is.
    svg.querySelectorAll('.djs-shape .djs-visual').forEach(function (visual) {
        var text = visual.querySelector(':scope > text');
        var icons = visual.querySelectorAll(':scope > path');
        if (!text || icons.length === 0) {
            return;
        }
        text.querySelectorAll('tspan').forEach(function (line) {
            icons.forEach(function (icon) {
                if (overlap(line.getBoundingClientRect(), icon.getBoundingClientRect())) {
                    findings.push(where + ': "' + line.textContent + '" of ' + idOf(text) + ' stands on its icon');
                }
            });
        });
    });
    var labels = Array.prototype.map.call(svg.querySelectorAll('.djs-element .djs-visual > text'), function (text) {
        return {id: idOf(text).replace(/_label$/, ''), text: text.textContent, box: text.getBoundingClientRect()};
    }).filter(function (label) { return label.box.width > 0; });
    var shapes = Array.prototype.filter.call(svg.querySelectorAll('.djs-shape'), function (shape) {
        return !/_label$/.test(shape.dataset.elementId);
    }).map(function (shape) {
        return {id: shape.dataset.elementId, box: shape.querySelector('.djs-visual').getBoundingClientRect()};
    });
    // Every flow as points 2 px apart along its line, where the screen shows them.
    var points = [];
    svg.querySelectorAll('.djs-connection .djs-visual path').forEach(function (path) {
        var id = idOf(path);
        var matrix = path.getScreenCTM();
        for (var s = 0, length = path.getTotalLength(); s <= length; s += 2) {
            var p = path.getPointAtLength(s);
            points.push({id: id, x: matrix.a * p.x + matrix.c * p.y + matrix.e, y: matrix.b * p.x + matrix.d * p.y + matrix.f});
        }
    });
    function overlap(a, b) {
        return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    }
    labels.forEach(function (label, i) {
        labels.slice(i + 1).forEach(function (other) {
            if (overlap(label.box, other.box)) {
                findings.push(where + ': "' + label.text + '" stands on "' + other.text + '"');
            }
        });
        shapes.forEach(function (shape) {
            if (shape.id !== label.id && overlap(label.box, shape.box)) {
                findings.push(where + ': "' + label.text + '" stands on ' + shape.id);
            }
        });
        var crossing = {};
        points.forEach(function (p) {
            if (p.x > label.box.left + 1 && p.x < label.box.right - 1 && p.y > label.box.top + 1 && p.y < label.box.bottom - 1) {
                crossing[p.id] = true;
            }
        });
        Object.keys(crossing).forEach(function (flow) {
            findings.push(where + ': ' + flow + ' runs through "' + label.text + '"');
        });
    });
});
return findings;
