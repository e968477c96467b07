/*
 * Names each drop-down for a screen reader by its field. PrimeFaces names the focusable part of a selectOneMenu by
 * the option chosen ("–", "Kies een indicator"), so whoever tabs to it hears a value without the field it belongs
 * to. The hidden select inside the menu carries the field's name (from its label); a hidden copy of that name
 * becomes the accessible name, and the option chosen stays its value (its text). A menu a refusal is about
 * (PrimeFaces marks it only by its colour) is marked invalid on that focusable part too, as a field is. Done again
 * after every ajax update, which may render menus anew.
 */
(function () {
    function name(menu) {
        var select = menu.querySelector('select[aria-label]');
        var shown = menu.querySelector('.ui-selectonemenu-label[role="combobox"]');
        if (!select || !shown || !shown.id) {
            return;
        }
        var holderId = menu.id + '_name';
        var holder = document.getElementById(holderId);
        if (!holder) {
            holder = document.createElement('span');
            holder.id = holderId;
            holder.className = 'ui-helper-hidden-accessible';
            menu.appendChild(holder);
        }
        holder.textContent = select.getAttribute('aria-label');
        shown.setAttribute('aria-labelledby', holderId);
        if (menu.classList.contains('ui-state-error')) {
            shown.setAttribute('aria-invalid', 'true');
        } else {
            shown.removeAttribute('aria-invalid');
        }
    }

    function nameAll() {
        document.querySelectorAll('.ui-selectonemenu[id]').forEach(name);
    }

    // After PrimeFaces has set its widgets up (a table's filter names its menu then): jQuery runs ready handlers in
    // the order they were given, and the widgets' come before this script at the end of the page.
    if (window.jQuery) {
        window.jQuery(nameAll);
        window.jQuery(document).on('pfAjaxComplete', nameAll);
    }
})();
