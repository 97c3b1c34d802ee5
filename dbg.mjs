import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const p = await b.newPage({ viewport: { width: 375, height: 800 } });
for (const r of process.argv.slice(2)) {
await p.goto("http://127.0.0.1:3100" + r);
const res = await p.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    const rect = el.getBoundingClientRect();
    if (rect.right > 375.5 && el.offsetParent !== null) out.push(el.tagName + "." + (el.className?.baseVal ?? el.className).toString().slice(0,60) + " " + Math.round(rect.right));
  }
  return [document.documentElement.scrollWidth, out.slice(0, 8)];
});
console.log(r, JSON.stringify(res));
}
await b.close();
