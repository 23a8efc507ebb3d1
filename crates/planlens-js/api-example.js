// The JS API in fifteen lines: analyse two reports, list the targets of the first, and say how
// the second year's results met the first year's targets. Served beside planlens_js.js.
import init, { analyse, panel, encodeLink, decodeLink } from "./planlens-js.js";

await init();
const plan = analyse("青川县2023年政府工作报告\n二、主要目标\n地区生产总值增长6%左右，新增城镇就业4500人以上。", "r2023.txt");
const report = analyse("青川县2024年政府工作报告\n一、2023年工作回顾\n过去一年，地区生产总值增长6.4%，新增城镇就业4610人。", "r2024.txt");
const list = document.getElementById("targets");
for (const t of plan.targets) {
  const li = list.appendChild(document.createElement("li"));
  li.textContent = `${t.metric} ${t.value}${t.unit} (${t.status})`;
}
const { verdicts } = panel([plan, report]);
const link = encodeLink({ documents: [{ k: "analysis", doc: plan }], tab: "table" });
document.getElementById("panel").textContent =
  verdicts.map((v) => `${v.indicator}: ${v.verdict}`).join("; ") + ` · link ${decodeLink(link).tab}`;
