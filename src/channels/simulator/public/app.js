// The simulator page: one pane per person, each with its own event stream. No framework, no build step, and
// no text of its own: every string comes from /simulator/i18n.json (the bot's vi/en catalogue).
//
// A person is a session, not a name: adding a pane asks the server for one (POST /simulator/sessions), and the
// pane keeps { name, session, chatId } in localStorage so a reload keeps the conversation. Two panes both called
// "Lan" are two people. The session travels in a header (X-Simulator-Session) and in message bodies, never in an
// address, so the stream is read with fetch() rather than EventSource (which cannot send headers, nor read why a
// stream was refused).

const STORAGE_PEOPLE = 'knvl-simulator-people';
const STORAGE_LANG = 'knvl-simulator-lang';
const SESSION_HEADER = 'x-simulator-session';
// Browsers open at most 6 HTTP/1.1 connections per host; each pane holds one open, and sending needs one more.
const MAX_PANES = 5;
const SUGGESTIONS = ['suggestion.worker', 'suggestion.employer', 'suggestion.official'];
const SESSION = /^[A-Za-z0-9_-]{43}$/;
const CHAT_ID = /^sim-[0-9a-f]{20}$/;
/** How long to wait before opening a stream again: after it dropped, and after the server refused it. */
const RETRY_AFTER_DROP_MS = 2000;
const RETRY_AFTER_REFUSAL_MS = 10_000;

const page = {
  lang: 'vi',
  strings: /** @type {Record<string, string>} */ ({}),
  limits: { nameMax: 40, textMax: 4096 },
  signOut: false,
  /** By session. @type {Map<string, Pane>} */
  panes: new Map(),
  nextPaneNumber: 1,
};

/**
 * @typedef {{ id: string, at: string, text: string, choices: { id: string, label: string }[], imageUrl?: string }} SimulatorEvent
 * @typedef {{ name: string, session: string, chatId: string }} Person
 * @typedef {Person & { number: number, root: HTMLElement, title: HTMLElement, chatIdLine: HTMLElement, status: HTMLElement,
 *   close: HTMLButtonElement, log: HTMLOListElement, choices: HTMLElement, form: HTMLFormElement, label: HTMLLabelElement,
 *   input: HTMLInputElement, send: HTMLButtonElement, error: HTMLElement, stream: AbortController | null,
 *   retry: ReturnType<typeof setTimeout> | null, lastEventId: string | null, seen: Set<string>,
 *   state: 'connecting' | 'connected' | 'reconnecting' }} Pane
 */

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** The message `key` with `{name}` placeholders filled. */
function tr(key, params = {}) {
  const template = page.strings[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

function tidyName(name) {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** With SIMULATOR_TOKEN, a 401 means the sign-in has ended (it expired, or the server restarted): show the form. */
function signInAgainOn(response) {
  if (response.status === 401) location.reload();
}

/** The server's short reason (`{ error }`), or the status when it gave none. */
async function reasonOf(response) {
  const body = await response.json().catch(() => ({}));
  return typeof body.error === 'string' ? body.error : String(response.status);
}

async function loadStrings(lang) {
  const response = await fetch(`/simulator/i18n.json?lang=${encodeURIComponent(lang)}`);
  signInAgainOn(response);
  if (!response.ok) throw new Error(`i18n ${response.status}`);
  const body = await response.json();
  page.lang = body.lang;
  page.strings = body.strings;
  page.limits = body.limits;
  page.signOut = body.signOut === true;
}

// ---------------------------------------------------------------------------------------------------------
// Static text
// ---------------------------------------------------------------------------------------------------------

function applyStrings() {
  document.documentElement.lang = page.lang;
  document.title = tr('title');
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = tr(element.getAttribute('data-i18n') ?? '');
  }
  const other = page.lang === 'vi' ? 'en' : 'vi';
  const switcher = $('switch-language');
  switcher.setAttribute('lang', other);
  switcher.title = tr('switch_language_hint');

  const input = /** @type {HTMLInputElement} */ ($('add-name'));
  input.placeholder = tr('add_placeholder');
  input.maxLength = page.limits.nameMax;
  $('logout-form').hidden = !page.signOut;

  const suggestions = $('suggestion-buttons');
  suggestions.replaceChildren(
    ...SUGGESTIONS.map((key) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.textContent = tr(key);
      button.addEventListener('click', () => void addPerson(tr(key)));
      return button;
    }),
  );
  for (const pane of page.panes.values()) applyPaneStrings(pane);
  updateEmpty();
}

function applyPaneStrings(pane) {
  const name = pane.name;
  pane.log.setAttribute('aria-label', tr('pane_log', { name }));
  pane.close.setAttribute('aria-label', tr('pane_close', { name }));
  pane.close.title = tr('pane_close', { name });
  pane.label.textContent = tr('message_label', { name });
  pane.input.placeholder = tr('message_placeholder');
  pane.input.maxLength = page.limits.textMax;
  pane.send.textContent = tr('send');
  pane.choices.setAttribute('aria-label', tr('choices'));
  pane.chatIdLine.textContent = tr('chat_id', { id: pane.chatId });
  pane.chatIdLine.title = tr('chat_id_hint', { id: pane.chatId });
  pane.status.textContent = tr(`status.${pane.state}`);
  for (const hint of pane.log.querySelectorAll('.hint')) hint.textContent = tr('hint');
  for (const who of pane.log.querySelectorAll('.msg.user .who')) who.textContent = `${tr('from_user', { name })}: `;
  for (const who of pane.log.querySelectorAll('.msg.bot .who')) who.textContent = `${tr('from_bot')}: `;
  for (const link of pane.log.querySelectorAll('.image-link')) link.textContent = tr('image_link');
}

function updateEmpty() {
  $('empty').hidden = page.panes.size > 0;
}

function showAddError(message) {
  $('add-error').textContent = message;
}

// ---------------------------------------------------------------------------------------------------------
// Panes
// ---------------------------------------------------------------------------------------------------------

function savePeople() {
  try {
    const people = [...page.panes.values()].map(({ name, session, chatId }) => ({ name, session, chatId }));
    localStorage.setItem(STORAGE_PEOPLE, JSON.stringify(people));
  } catch {
    // Private mode or storage full: the page still works, it just forgets the panes on reload.
  }
}

/** A new person: the server hands out the session (the identity); the name is only what the pane shows. */
async function addPerson(rawName) {
  const name = tidyName(rawName);
  if (name.length === 0) return showAddError(tr('name_missing'));
  if ([...name].length > page.limits.nameMax) return showAddError(tr('name_too_long', { max: page.limits.nameMax }));
  if (page.panes.size >= MAX_PANES) return showAddError(tr('too_many', { max: MAX_PANES }));
  showAddError('');
  let person;
  try {
    const response = await fetch(`/simulator/sessions?lang=${page.lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    signInAgainOn(response);
    if (!response.ok) return showAddError(tr('add_failed', { reason: await reasonOf(response) }));
    person = await response.json();
  } catch {
    return showAddError(tr('add_failed', { reason: tr('server_unreachable') }));
  }
  // Another add may have filled the page while this one waited for the server.
  if (page.panes.size >= MAX_PANES) return showAddError(tr('too_many', { max: MAX_PANES }));
  addPane(person);
  return true;
}

/** @param {Person} person */
function addPane(person, { focus = true } = {}) {
  const { name, session, chatId } = person;
  const template = /** @type {HTMLTemplateElement} */ ($('pane-template'));
  const root = /** @type {HTMLElement} */ (template.content.firstElementChild.cloneNode(true));
  const number = page.nextPaneNumber++;
  /** @type {Pane} */
  const pane = {
    name,
    session,
    chatId,
    number,
    root,
    title: root.querySelector('.pane-title'),
    chatIdLine: root.querySelector('.chat-id'),
    status: root.querySelector('.status'),
    close: root.querySelector('.close'),
    log: root.querySelector('.log'),
    choices: root.querySelector('.choices'),
    form: root.querySelector('.composer'),
    label: root.querySelector('.composer label'),
    input: root.querySelector('.composer input'),
    send: root.querySelector('.composer button'),
    error: root.querySelector('.form-error'),
    stream: null,
    retry: null,
    lastEventId: null,
    seen: new Set(),
    state: 'connecting',
  };
  root.dataset.user = name;
  root.dataset.chatId = chatId;
  root.id = `pane-${number}`;
  pane.title.id = `pane-${number}-title`;
  pane.title.textContent = name;
  pane.title.title = name;
  root.setAttribute('aria-labelledby', pane.title.id);
  pane.input.id = `pane-${number}-input`;
  pane.input.name = 'text';
  pane.label.htmlFor = pane.input.id;
  pane.error.id = `pane-${number}-error`;
  pane.input.setAttribute('aria-describedby', pane.error.id);

  const hint = document.createElement('li');
  hint.className = 'hint';
  pane.log.append(hint);

  pane.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = pane.input.value;
    if (text.trim().length === 0) {
      pane.input.focus();
      return;
    }
    pane.input.value = '';
    void sendMessage(pane, { text }, text);
  });
  pane.close.addEventListener('click', () => removePane(pane));

  page.panes.set(session, pane);
  $('panes').append(root);
  applyPaneStrings(pane);
  void connect(pane);
  savePeople();
  updateEmpty();
  if (focus) pane.input.focus();
}

function removePane(pane) {
  pane.stream?.abort();
  if (pane.retry) clearTimeout(pane.retry);
  pane.root.remove();
  page.panes.delete(pane.session);
  savePeople();
  updateEmpty();
  showAddError('');
  $('add-name').focus();
}

function setStatus(pane, state) {
  pane.state = state;
  pane.status.dataset.state = state;
  pane.status.textContent = tr(`status.${state}`);
}

/**
 * Reads Server-Sent Events from a fetch() body, calling `onFrame` with each `{ event, data, id }`. Our server
 * ends lines with LF; comment lines (": ping") and fields other than event, data and id are skipped.
 */
async function readEvents(body, onFrame) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let frame = { event: '', data: /** @type {string[]} */ ([]), id: /** @type {string | null} */ (null) };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, end).replace(/\r$/, '');
      buffer = buffer.slice(end + 1);
      if (line === '') {
        if (frame.data.length > 0)
          onFrame({ event: frame.event || 'message', data: frame.data.join('\n'), id: frame.id });
        frame = { event: '', data: [], id: null };
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') frame.data.push(text);
      else if (field === 'event') frame.event = text;
      else if (field === 'id') frame.id = text;
    }
  }
}

/** Opens the pane's stream; when it drops or is refused, tries again (saying where it stopped: Last-Event-ID). */
async function connect(pane) {
  const stream = new AbortController();
  pane.stream = stream;
  pane.retry = null;
  const isCurrent = () => page.panes.get(pane.session) === pane && pane.stream === stream;
  let retryMs = RETRY_AFTER_DROP_MS;
  try {
    /** @type {Record<string, string>} */
    const headers = { accept: 'text/event-stream', [SESSION_HEADER]: pane.session };
    if (pane.lastEventId) headers['last-event-id'] = pane.lastEventId;
    const response = await fetch(`/simulator/events?lang=${page.lang}`, {
      headers,
      signal: stream.signal,
      cache: 'no-store',
    });
    signInAgainOn(response);
    if (!response.ok || !response.body) {
      // Too many streams, too many attempts: the server says why, in a sentence the pane shows.
      retryMs = RETRY_AFTER_REFUSAL_MS;
      pane.error.textContent = tr('stream_failed', { reason: await reasonOf(response) });
      pane.error.dataset.kind = 'stream';
    } else {
      setStatus(pane, 'connected');
      if (pane.error.dataset.kind === 'stream') pane.error.textContent = '';
      await readEvents(response.body, (frame) => {
        if (frame.event !== 'message') return;
        if (frame.id) pane.lastEventId = frame.id;
        try {
          showBotMessage(pane, JSON.parse(frame.data));
        } catch {
          // A frame we cannot read is skipped; the next one still shows.
        }
      });
    }
  } catch {
    // Aborted (the pane was closed), or the connection broke: handled below.
  }
  if (!isCurrent()) return;
  setStatus(pane, 'reconnecting');
  pane.retry = setTimeout(() => {
    if (isCurrent()) void connect(pane);
  }, retryMs);
}

// ---------------------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------------------

function timeText(date) {
  return date.toLocaleTimeString(page.lang === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}

function appendMessage(pane, kind, text, date) {
  pane.log.querySelector('.hint')?.remove();
  const item = document.createElement('li');
  item.className = `msg ${kind}`;
  const who = document.createElement('span');
  who.className = 'who visually-hidden';
  who.textContent = kind === 'bot' ? `${tr('from_bot')}: ` : `${tr('from_user', { name: pane.name })}: `;
  const bubble = document.createElement('div');
  bubble.className = 'bubble';
  bubble.textContent = text;
  const time = document.createElement('time');
  time.dateTime = date.toISOString();
  time.textContent = timeText(date);
  item.append(who, bubble, time);
  pane.log.append(item);
  pane.log.scrollTop = pane.log.scrollHeight;
  return item;
}

/** @param {Pane} pane @param {SimulatorEvent} event */
function showBotMessage(pane, event) {
  if (!event || typeof event.id !== 'string' || pane.seen.has(event.id)) return;
  pane.seen.add(event.id);
  const at = new Date(event.at);
  const item = appendMessage(pane, 'bot', String(event.text ?? ''), Number.isNaN(at.getTime()) ? new Date() : at);
  if (typeof event.imageUrl === 'string' && /^https?:\/\//i.test(event.imageUrl)) {
    // A link, not an <img>: the page loads nothing from outside this server.
    const link = document.createElement('a');
    link.className = 'image-link';
    link.href = event.imageUrl;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = tr('image_link');
    item.querySelector('.bubble')?.append(document.createElement('br'), link);
  }
  showChoices(pane, Array.isArray(event.choices) ? event.choices : []);
}

/** The buttons of the latest bot message ("1. Đồng ý"); a message without choices clears them. */
function showChoices(pane, choices) {
  const hadFocus = pane.choices.contains(document.activeElement);
  pane.choices.replaceChildren(
    ...choices.map((choice, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'choice';
      button.dataset.choiceId = choice.id;
      button.textContent = `${index + 1}. ${choice.label}`;
      button.addEventListener('click', () => void sendMessage(pane, { choiceId: choice.id }, button.textContent ?? ''));
      return button;
    }),
  );
  pane.choices.hidden = choices.length === 0;
  if (hadFocus) (pane.choices.querySelector('button') ?? pane.input).focus();
}

async function sendMessage(pane, payload, shown) {
  pane.error.textContent = '';
  const item = appendMessage(pane, 'user', shown, new Date());
  try {
    const response = await fetch(`/simulator/messages?lang=${page.lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session: pane.session, user: pane.name, ...payload }),
    });
    signInAgainOn(response);
    if (!response.ok) throw new Error(await reasonOf(response));
  } catch (error) {
    item.classList.add('failed');
    const reason =
      error instanceof TypeError ? tr('server_unreachable') : error instanceof Error ? error.message : String(error);
    pane.error.textContent = tr('send_failed', { reason });
    pane.error.dataset.kind = 'send';
  }
}

// ---------------------------------------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------------------------------------

function chosenLang() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'vi' || fromUrl === 'en') return fromUrl;
  try {
    const stored = localStorage.getItem(STORAGE_LANG);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // no storage: Vietnamese
  }
  return 'vi';
}

/** @returns {Person[]} */
function savedPeople() {
  try {
    const people = JSON.parse(localStorage.getItem(STORAGE_PEOPLE) ?? '[]');
    if (!Array.isArray(people)) return [];
    return people.filter(
      (person) =>
        person !== null &&
        typeof person === 'object' &&
        typeof person.name === 'string' &&
        person.name.length > 0 &&
        SESSION.test(person.session) &&
        CHAT_ID.test(person.chatId),
    );
  } catch {
    return [];
  }
}

async function start() {
  await loadStrings(chosenLang());
  applyStrings();

  $('add-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = /** @type {HTMLInputElement} */ ($('add-name'));
    if (await addPerson(input.value)) input.value = '';
  });
  $('switch-language').addEventListener('click', async () => {
    const next = page.lang === 'vi' ? 'en' : 'vi';
    await loadStrings(next);
    try {
      localStorage.setItem(STORAGE_LANG, next);
    } catch {
      // fine without storage
    }
    applyStrings();
  });

  for (const person of savedPeople().slice(0, MAX_PANES)) {
    if (!page.panes.has(person.session)) addPane(person, { focus: false });
  }
  document.body.dataset.ready = 'true';
}

void start();
