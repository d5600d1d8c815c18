// IPv4/IPv6 addresses and CIDR ranges for block lists and bans. Pure: no DNS, no request.
import { isIP } from 'node:net'

function ipv4ToBigInt(ip: string): bigint {
  return ip.split('.').reduce((acc, part) => (acc << 8n) + BigInt(Number(part)), 0n)
}

function ipv6ToBigInt(ip: string): bigint | null {
  let address = ip.toLowerCase()
  const embedded = address.match(/(\d+\.\d+\.\d+\.\d+)$/)
  if (embedded?.[1]) {
    const v4 = ipv4ToBigInt(embedded[1])
    address = address.replace(embedded[1], `${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`)
  }
  const halves = address.split('::')
  if (halves.length > 2) return null
  const head = halves[0] ? halves[0].split(':') : []
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : []
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]
  return groups.reduce((acc, group) => (acc << 16n) + BigInt(parseInt(group || '0', 16)), 0n)
}

type Parsed = { version: 4 | 6; value: bigint }

function parseIp(raw: string): Parsed | null {
  const ip = raw.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')
  const version = isIP(ip)
  if (version === 4) return { version: 4, value: ipv4ToBigInt(ip) }
  if (version === 6) {
    const value = ipv6ToBigInt(ip)
    return value === null ? null : { version: 6, value }
  }
  return null
}

/** A single address or a CIDR range, e.g. "203.0.113.7", "203.0.113.0/24", "2001:db8::/32". */
export function isValidIpOrRange(entry: string): boolean {
  const [address, bits, extra] = entry.trim().split('/')
  if (extra !== undefined || !address) return false
  const parsed = parseIp(address)
  if (!parsed) return false
  if (bits === undefined) return true
  if (!/^\d{1,3}$/.test(bits)) return false
  return Number(bits) <= (parsed.version === 4 ? 32 : 128)
}

/** Does `ip` fall inside `entry` (an address or a CIDR range)? Invalid input never matches. */
export function ipMatches(ip: string, entry: string): boolean {
  if (!isValidIpOrRange(entry)) return false
  const client = parseIp(ip)
  const [address = '', bits] = entry.trim().split('/')
  const range = parseIp(address)
  if (!client || !range || client.version !== range.version) return false
  const width = client.version === 4 ? 32 : 128
  const prefix = bits === undefined ? width : Number(bits)
  const shift = BigInt(width - prefix)
  return client.value >> shift === range.value >> shift
}
