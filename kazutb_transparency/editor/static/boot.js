// Decap CMS is started by editor.js once the site's file formats and locales are
// registered: it must not start by itself when its bundle loads.
window.CMS_MANUAL_INIT = true;
