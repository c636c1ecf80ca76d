import { useEffect, useState } from 'preact/hooks';
import { SCHEDULES, clock, dutchTime, openStatus, weekdayName } from '../lib/directory/open-now';
import { useTranslation } from './i18n';

/**
 * One short line per channel ("Chat: nu dicht · maandag open om 9:00") for a service with
 * verified fixed hours, and once per card "usual hours; on public holidays, check the website".
 * Why the hours may have changed (an undated page) is said in the card's sources. Nothing for
 * a service without fixed hours.
 */
export function OpenNow({ serviceId, now }: { serviceId: string; now?: Date }) {
  const { t, language } = useTranslation();
  const [tick, setTick] = useState(() => now ?? new Date());
  useEffect(() => {
    if (now) return;
    const timer = setInterval(() => setTick(new Date()), 60_000);
    return () => clearInterval(timer);
  }, [now]);
  const schedules = SCHEDULES[serviceId];
  if (!schedules) return null;
  const time = dutchTime(now ?? tick);
  return (
    <ul class="service-card__open">
      {schedules.map((s) => {
        const status = openStatus(s.hours, time);
        const channel = t(`opennow:channel.${s.channel}`);
        const text = status.open
          ? t('opennow:open', { channel, time: clock(status.closesAt) })
          : t(status.inDays === 0 ? 'opennow:opensToday' : status.inDays === 1 ? 'opennow:opensTomorrow' : 'opennow:opensOn', {
              channel,
              time: clock(status.opensAt),
              day: weekdayName(status.opensDay, language),
            });
        return (
          <li key={s.channel} data-fact="open-now" data-open={status.open ? 'yes' : 'no'}>
            {text}
          </li>
        );
      })}
      <li data-fact="open-hedge">{t('opennow:hedge')}</li>
    </ul>
  );
}
