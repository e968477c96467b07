/*
 * Draws each case's BPMN model with bpmn-js and marks the path it took: elements passed, the sequence
 * flows it took, and where the case waits now. The page gives the model and the element and flow ids.
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
        await viewer.importXML(labelled(container.dataset.xml, container.dataset.labels));
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
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
        canvas.zoom('fit-viewport');
        container.dataset.marked = String(marked);
        container.dataset.rendered = 'true';
    }

    document.querySelectorAll('.ngf-bpmn').forEach(function (container) {
        draw(container).catch(function (error) {
            container.dataset.rendered = 'failed';
            container.textContent = String(error && error.message ? error.message : error);
        });
    });
})();
