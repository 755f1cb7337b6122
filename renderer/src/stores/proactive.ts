import { defineStore } from 'pinia'
import type { HotspotAlert, HotspotThresholds } from '@shared/domain/hotspots'
import { DEFAULT_HOTSPOT_THRESHOLDS } from '@shared/domain/hotspots'
import type { MilestoneInput, TopicInput } from '@shared/domain/proactive'
import type { ProactiveIssue } from '@shared/domain/work'
import { proactiveService, type AlertView, type AlertWork, type ConversionEffect } from '../db/proactive'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useSessionStore } from './session'

/** 未诉先办 alerts and 每月一题 topics: live lists and the writes of their pages. */
export const useProactiveStore = defineStore('proactive', () => {
  const session = useSessionStore()
  const cid = () => session.communityId
  const watchCommunity = [() => session.communityId]

  const topics = useLiveQuery(() => (cid() ? proactiveService().topics(cid()) : []), watchCommunity, [] as ProactiveIssue[])
  // alerts are read at the moment the query runs; any case write re-runs it
  const alerts = useLiveQuery(() => (cid() ? proactiveService().alerts(cid(), Date.now()) : []), watchCommunity, [] as AlertView[])
  const effects = useLiveQuery(() => (cid() ? proactiveService().effects(cid(), Date.now()) : []), watchCommunity, [] as ConversionEffect[])
  const thresholds = useLiveQuery(() => proactiveService().thresholds(), [], DEFAULT_HOTSPOT_THRESHOLDS)

  const service = () => proactiveService()
  return {
    topics: topics.data,
    topicsError: topics.error,
    alerts: alerts.data,
    alertsError: alerts.error,
    effects: effects.data,
    thresholds: thresholds.data,
    saveThresholds: (t: HotspotThresholds) => service().saveThresholds(t, session.ctx()),
    saveTopic: (input: TopicInput, id?: string) => (id ? service().updateTopic(id, input, session.ctx()) : service().createTopic(cid(), input, session.ctx())),
    advance: (id: string, input: Omit<MilestoneInput, 'actor'>) => service().advance(id, input, session.ctx()),
    toTopic: (alert: HotspotAlert, work: AlertWork) => service().toTopic(cid(), alert, work, session.ctx()),
    toCase: (alert: HotspotAlert, work: AlertWork) => service().toCase(cid(), alert, work, session.ctx()),
    evidence: (alert: Pick<HotspotAlert, 'caseIds'>) => service().evidence(alert),
    suggestBaseline: (draft: Pick<ProactiveIssue, 'categoryIds' | 'gridIds' | 'placeIds' | 'month'>) => service().suggestBaseline(cid(), draft),
    volume: (issue: ProactiveIssue) => service().volume(issue, Date.now()),
    get: (id: string) => service().get(id)
  }
})
