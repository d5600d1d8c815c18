import { DashboardRefusal } from '@/components/dashboard/refusal'

export default function Forbidden() {
  return <DashboardRefusal kind="forbidden" />
}
