/**
 * How much one address may ask of the simulator, and how many event streams it may hold open. Generous for a
 * person clicking through the page (five panes, a message every half second), small enough that a script cannot
 * flood the bot or exhaust the server's sockets. registerSimulatorRoutes takes them as an option so tests can use
 * small numbers.
 */
export interface SimulatorLimits {
  /** POST /simulator/messages per address per minute. */
  messagesPerMinute: number;
  /** POST /simulator/sessions (a new person) per address per minute. */
  sessionsPerMinute: number;
  /** GET /simulator/events (opening a stream, reconnects included) per address per minute. */
  streamOpensPerMinute: number;
  /** The page, its two assets and i18n.json per address per minute. */
  pagesPerMinute: number;
  /** POST /simulator/login (a token guess) per address per minute. */
  loginsPerMinute: number;
  /** Event streams one address may hold open at once. */
  streamsPerIp: number;
  /** Event streams open at once, all addresses together. */
  streamsTotal: number;
}

export const DEFAULT_SIMULATOR_LIMITS: Readonly<SimulatorLimits> = {
  messagesPerMinute: 120,
  sessionsPerMinute: 30,
  streamOpensPerMinute: 60,
  pagesPerMinute: 300,
  loginsPerMinute: 10,
  streamsPerIp: 20,
  streamsTotal: 500,
};
