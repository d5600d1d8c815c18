// The editing lock's timing, shared by the server (when a lock is stale) and the editor (how often it says "still
// here"). A closed tab normally frees its lock at once (a beacon on pagehide); when the beacon is lost (browser
// killed, network gone) the lock goes stale after LOCK_TTL_MS, so the next person waits minutes, not half an hour.

/** A lock not refreshed for this long is free for anyone: its holder closed the tab or lost the connection. */
export const LOCK_TTL_MS = 2 * 60_000

/** An open editor refreshes its lock this often: three beats per TTL, so one late or lost beat loses nothing. */
export const LOCK_HEARTBEAT_MS = 30_000
