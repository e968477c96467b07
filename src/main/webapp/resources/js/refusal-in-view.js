/*
 * Brings a refusal into view. A form sent whole comes back at the top of its page, where the messages are; one sent
 * by ajax (a file uploaded, a user saved under Gebruikers) leaves the user where they were, often far below the
 * messages, and the refusal would go unseen. After such an answer with an error among the messages, the messages
 * are scrolled into view and take the focus, so that the user sees, and a screen reader reads, why; the fields
 * refused stay marked for when they go back to them. Messages already in view are left as they are.
 */
(function () {
    function bringIntoView() {
        var messages = document.getElementById('messages');
        if (!messages || !messages.querySelector('.ui-messages-error')) {
            return;
        }
        var box = messages.getBoundingClientRect();
        if (box.top >= 0 && box.bottom <= window.innerHeight) {
            return;
        }
        messages.setAttribute('tabindex', '-1');
        // A little space above, so that the box's close button shows whole.
        window.scrollTo(0, Math.max(0, box.top + window.scrollY - 16));
        messages.focus({preventScroll: true});
    }

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', bringIntoView);
    }
})();
