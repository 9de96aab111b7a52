/**
 * The console's only script, served from /console/static so the Content-Security-Policy can
 * forbid inline scripts. Everything works without it (pages are plain forms and links, reloading
 * shows what is new); with it:
 * - the inbox and an open conversation update themselves (short polling of server-rendered HTML),
 *   keeping the keyboard focus where it was;
 * - a conversation opens at its newest message (the first unread one when there are new ones);
 * - the reply box inserts a saved template when "/" and part of its name are typed, and sends
 *   with Ctrl+Enter;
 * - keyboard shortcuts (listed on the pages): j/k next/previous conversation, r reply, c claim,
 *   e resolve, u back to the inbox.
 */
export const consoleJs = `
(function () {
  "use strict";
  var POLL_MS = 4000;

  function typing(el) {
    return el && (el.tagName === "TEXTAREA" || el.tagName === "INPUT" || el.tagName === "SELECT" || el.isContentEditable);
  }

  // --- avatars that cannot load (Zalo's image host unreachable) become initials ----------------
  function initialsFor(img) {
    var span = document.createElement("span");
    span.className = "avatar initials";
    span.setAttribute("aria-hidden", "true");
    span.textContent = img.getAttribute("data-initials") || "?";
    img.replaceWith(span);
  }
  function fixAvatars(root) {
    Array.prototype.forEach.call(root.querySelectorAll("img.avatar"), function (img) {
      if (img.complete && img.naturalWidth === 0) initialsFor(img);
      else img.addEventListener("error", function () { initialsFor(img); });
    });
  }
  fixAvatars(document);

  // --- saved templates: the "Chèn" buttons -------------------------------------------------
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("[data-template]");
    if (!button) return;
    var box = document.getElementById("reply-text");
    if (!box) return;
    box.value = box.value ? box.value + "\\n" + button.getAttribute("data-template") : button.getAttribute("data-template");
    box.focus();
  });

  // --- "/" templates in the reply box -------------------------------------------------------
  var box = document.getElementById("reply-text");
  var list = document.getElementById("template-suggestions");
  var data = document.getElementById("reply-templates");
  var templates = [];
  try { templates = data ? JSON.parse(data.textContent || "[]") : []; } catch (err) { templates = []; }
  var active = -1;
  var matches = [];
  function fold(s) {
    return s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  function slashWord() {
    var upto = box.value.slice(0, box.selectionStart);
    var m = /(^|\\s)\\/([^\\s\\/]*)$/.exec(upto);
    return m ? { start: upto.length - m[2].length - 1, word: m[2] } : null;
  }
  function closeList() {
    matches = [];
    active = -1;
    if (list) { list.hidden = true; list.innerHTML = ""; }
    if (box) box.removeAttribute("aria-activedescendant");
  }
  function render() {
    list.innerHTML = "";
    matches.forEach(function (t, i) {
      var li = document.createElement("li");
      li.id = "tpl-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      li.textContent = t.title;
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); active = i; insert(); });
      list.appendChild(li);
    });
    list.hidden = matches.length === 0;
    if (active >= 0) box.setAttribute("aria-activedescendant", "tpl-" + active);
  }
  function insert() {
    var at = slashWord();
    var t = matches[active];
    if (!at || !t) return closeList();
    var before = box.value.slice(0, at.start);
    var after = box.value.slice(box.selectionStart);
    box.value = before + t.body + after;
    var caret = (before + t.body).length;
    box.setSelectionRange(caret, caret);
    closeList();
  }
  if (box && list) {
    box.addEventListener("input", function () {
      var at = slashWord();
      if (!at || !templates.length) return closeList();
      var q = fold(at.word);
      matches = templates.filter(function (t) { return fold(t.title).indexOf(q) >= 0; }).slice(0, 8);
      active = matches.length ? 0 : -1;
      render();
    });
    box.addEventListener("keydown", function (e) {
      if (matches.length && !list.hidden) {
        if (e.key === "ArrowDown") { e.preventDefault(); active = (active + 1) % matches.length; render(); return; }
        if (e.key === "ArrowUp") { e.preventDefault(); active = (active - 1 + matches.length) % matches.length; render(); return; }
        if (e.key === "Enter" || e.key === "Tab") { e.preventDefault(); insert(); return; }
        if (e.key === "Escape") { e.preventDefault(); closeList(); return; }
      }
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        var form = document.getElementById("reply-form");
        if (form && box.value.trim()) form.requestSubmit();
      }
    });
    box.addEventListener("blur", function () { setTimeout(closeList, 150); });
  }

  // --- keyboard shortcuts --------------------------------------------------------------------
  var conversation = document.getElementById("conversation");
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (typing(document.activeElement)) {
      if (e.key === "Escape") document.activeElement.blur();
      return;
    }
    var key = e.key;
    if (conversation) {
      if (key === "j" && conversation.dataset.next) { location.href = conversation.dataset.next; }
      else if (key === "k" && conversation.dataset.prev) { location.href = conversation.dataset.prev; }
      else if (key === "r" && box) { e.preventDefault(); box.focus(); }
      else if (key === "c" && document.getElementById("claim")) { document.getElementById("claim").click(); }
      else if (key === "e" && document.getElementById("resolve")) { document.getElementById("resolve").click(); }
      else if (key === "u" && document.getElementById("back-to-inbox")) { location.href = document.getElementById("back-to-inbox").href; }
      return;
    }
    var inbox = document.getElementById("inbox");
    if (inbox && (key === "j" || key === "k")) {
      var links = Array.prototype.slice.call(inbox.querySelectorAll("a.open-conversation"));
      if (!links.length) return;
      var i = links.indexOf(document.activeElement);
      var next = key === "j" ? Math.min(links.length - 1, i + 1) : Math.max(0, i < 0 ? 0 : i - 1);
      links[next].focus();
      e.preventDefault();
    }
  });

  // --- focus back on the control an action came from (autofocus does it too, unless the URL has a #fragment)
  var wanted = new URLSearchParams(location.search).get("focus");
  if (wanted && /^[a-z-]+$/.test(wanted) && document.activeElement === document.body) {
    var target = document.getElementById(wanted);
    if (target) target.focus({ preventScroll: true });
  }

  // --- a conversation opens at its newest (or first unread) message --------------------------
  var transcript = document.getElementById("transcript");
  function atBottom() { return transcript && transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 40; }
  if (transcript) {
    var firstNew = document.getElementById("first-new");
    if (firstNew) transcript.scrollTop = firstNew.offsetTop - transcript.offsetTop - 8;
    else transcript.scrollTop = transcript.scrollHeight;
  }

  // --- knowledge: the Zalo preview follows what is typed ---------------------------------------
  Array.prototype.forEach.call(document.querySelectorAll("form[data-preview]"), function (form) {
    var target = document.getElementById("live-preview");
    var timer = null;
    // the part shown (short answer, a facet, the whole entry): its links reload the page without
    // JavaScript; here they ask for that part of what is typed, which stays in the form
    var shown = target ? target.getAttribute("data-shown") || "summary" : "summary";
    if (target) target.addEventListener("click", function (e) {
      var link = e.target.closest ? e.target.closest("a[data-shown]") : null;
      if (!link) return;
      e.preventDefault();
      shown = link.getAttribute("data-shown");
      refresh(true);
    });
    function refresh(keepFocus) {
      var csrf = form.querySelector("input[name=_csrf]");
      var body = new URLSearchParams(new FormData(form));
      body.set("xem", shown);
      fetch(form.getAttribute("data-preview"), { method: "POST", credentials: "same-origin", headers: { "x-csrf-token": csrf ? csrf.value : "" }, body: body })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          if (!html || !target) return;
          var holder = document.createElement("div");
          holder.innerHTML = html;
          var fresh = holder.querySelector("#live-preview");
          if (fresh) {
            target.innerHTML = fresh.innerHTML;
            target.setAttribute("data-shown", fresh.getAttribute("data-shown") || "summary");
            // a part picked by keyboard keeps the focus on its (new) link
            var picked = keepFocus && target.querySelector('a[data-shown="' + shown + '"]');
            if (picked) picked.focus();
          }
        })
        .catch(function () {});
    }
    form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 400); });
  });

  // --- live updates ---------------------------------------------------------------------------
  function poll(fn) {
    var busy = false;
    setInterval(function () {
      if (busy || document.hidden) return;
      busy = true;
      fn().catch(function () {}).then(function () { busy = false; });
    }, POLL_MS);
  }
  var inboxSection = document.getElementById("inbox");
  if (inboxSection && inboxSection.dataset.live) {
    poll(function () {
      return fetch(inboxSection.dataset.live, { credentials: "same-origin", headers: { accept: "text/html" } })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          if (!html) return;
          var holder = document.createElement("div");
          holder.innerHTML = html;
          var fresh = holder.querySelector("#inbox");
          if (!fresh || fresh.innerHTML === inboxSection.innerHTML) return;
          // keep the keyboard where it was: the same conversation's link, or the same tab
          var focused = document.activeElement;
          var row = focused && focused.closest && focused.closest("tr[data-handoff]");
          var key = row ? row.getAttribute("data-handoff") : null;
          var tab = focused && inboxSection.contains(focused) && !row ? focused.getAttribute("href") : null;
          inboxSection.innerHTML = fresh.innerHTML;
          fixAvatars(inboxSection);
          if (key) { var again = inboxSection.querySelector('tr[data-handoff="' + key + '"] a.open-conversation'); if (again) again.focus(); }
          else if (tab) { var t = inboxSection.querySelector('a[href="' + tab + '"]'); if (t) t.focus(); }
        });
    });
  }
  if (conversation && conversation.dataset.live && transcript) {
    var newest = document.getElementById("newest");
    var below = document.getElementById("new-below");
    poll(function () {
      return fetch(conversation.dataset.live, { credentials: "same-origin", headers: { accept: "text/html" } }).then(function (r) {
        if (!r.ok) return;
        var last = r.headers.get("X-Last-Message-Id");
        return r.text().then(function (html) {
          if (!html.trim()) return;
          var stick = atBottom();
          var holder = document.createElement("div");
          holder.innerHTML = html;
          while (holder.firstChild) transcript.insertBefore(holder.firstChild, newest);
          if (last) conversation.dataset.live = conversation.dataset.live.replace(/after=\\d+/, "after=" + last);
          if (stick) transcript.scrollTop = transcript.scrollHeight;
          else if (below) below.hidden = false;
        });
      });
    });
    transcript.addEventListener("scroll", function () { if (below && atBottom()) below.hidden = true; });
  }
})();
`;
