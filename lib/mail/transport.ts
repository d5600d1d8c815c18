import 'server-only'

// Mail is pluggable: this deployment has no mail server, so invitations are shown to the administrator to copy.
// A real transport (SMTP, an API) implements send() and is returned by getMailTransport().
export type MailMessage = { to: string; subject: string; text: string }
export type MailTransport = { readonly delivers: boolean; send(message: MailMessage): Promise<void> }

export const consoleTransport: MailTransport = {
  delivers: false, // nothing leaves the server: the UI must show the link
  async send(message) {
    console.info(`[mail] to=${message.to} subject=${JSON.stringify(message.subject)}\n${message.text}`)
  },
}

export function getMailTransport(): MailTransport {
  return consoleTransport
}
