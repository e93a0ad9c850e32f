// Small pieces the zone pages share: the occupancy as words and a <meter>.
import type { Language } from '../../../core/db/schema.ts';
import { zoneStrings } from '../i18n.ts';
import { percentText } from '../format.ts';

/** "Đã lấp đầy 75%" and a meter showing the same; the words are what a screen reader reads. */
export function Occupancy({ lang, value }: { lang: Language; value: number }) {
  const words = zoneStrings[lang].occupancyText(percentText(lang, value));
  return (
    <span class="zone-occupancy">
      <span class="zone-occupancy__text">{words}</span>
      <meter class="zone-occupancy__meter" min={0} max={100} low={50} high={85} optimum={100} value={value} aria-hidden="true">
        {words}
      </meter>
    </span>
  );
}
