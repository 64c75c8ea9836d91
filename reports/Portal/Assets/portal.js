// The portal's one script, served by the portal itself. Pages work without it; it only adds
// dropping files onto an upload form: the dropped files become the form's chosen files and the
// form is sent as if its button were pressed (htmx, when loaded, sends it in place). What only
// works with it (the drop hint) is shown only once it runs. A sending refused as too large (413)
// comes back with a sentence saying so, which htmx would otherwise leave unshown. Once the page and
// everything it loads are in, the page says so (data-loaded), for whatever waits on it without
// running script in it (the browser tests: the Content Security Policy allows no eval).
document.documentElement.classList.add("scripted");
window.addEventListener("load", () => document.documentElement.setAttribute("data-loaded", "true"));
document.addEventListener("htmx:beforeSwap", event => {
    if (event.detail.xhr.status === 413) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
    }
});
document.addEventListener("DOMContentLoaded", () => {
    for (const zone of document.querySelectorAll("form[data-drop-zone]")) {
        const input = zone.querySelector("input[type=file]");
        zone.addEventListener("dragover", event => {
            event.preventDefault();
            zone.classList.add("dragging");
        });
        zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
        zone.addEventListener("drop", event => {
            event.preventDefault();
            zone.classList.remove("dragging");
            if (input && event.dataTransfer && event.dataTransfer.files.length > 0) {
                input.files = event.dataTransfer.files;
                zone.requestSubmit();
            }
        });
    }
});
