import { DashboardRefusal } from '@/components/dashboard/refusal'

// A dashboard page's notFound() (an article that does not exist or is in the trash).
export default function NotFound() {
  return <DashboardRefusal kind="notFound" />
}
