/**
 * The console's only script: puts a saved reply template into the reply box. Everything works
 * without it (templates can also be copied by hand); it is served from /console/static so the
 * page's Content-Security-Policy can forbid inline scripts.
 */
export const consoleJs = `
document.addEventListener("click", function (e) {
  var button = e.target.closest && e.target.closest("[data-template]");
  if (!button) return;
  var box = document.getElementById("reply-text");
  if (!box) return;
  box.value = box.value ? box.value + "\\n" + button.getAttribute("data-template") : button.getAttribute("data-template");
  box.focus();
});
`;
