#!/usr/bin/env node
// Deterministic synthetic Adobe Campaign Classic repository for the ims-gate benchmark.
//
//   node bench/generate.mjs [--out DIR] [--scale N] [--seed S]
//   node bench/generate.mjs --cross-file [--groups 10000] [--out DIR] [--seed S]
//
// Scale 1 is about 2,500 files and 80 MB: unrelated package exports (workflows, schemas, forms, deliveries,
// JavaScript libraries, options), one huge export (8.6 MB × scale), three instances (prod/, stage/, dev/) with
// their IMS external account, operator groups, serverConf.xml and config-<instance>.xml, one IMS manifest per
// instance, an Admin Console user export, and unrelated scripts and docs. The filler is built in blocks of 625
// files with the same mix, so corpus size grows linearly with --scale (the instance configuration is fixed).
// Each filler file is generated from its own seeded PRNG, so a larger scale holds the smaller one's filler files.
//
// One defect is seeded (stage's IMS server is a staging host: IMS003) and described in DIR/SEEDED_DEFECTS.json.
// Some unrelated files deliberately mention a candidate marker (a workflow script querying nms:extAccount, a
// schema linking to xtk:group, a README quoting the manifest format): a content sniffer must not be fooled.
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

export const GENERATOR_VERSION = 1;
const BLOCK = 625; // filler files per quarter of scale 1
const HUGE_BYTES = 8.6e6; // the huge export at scale 1
const INSTANCES = ['prod', 'stage', 'dev'];
const ORG_ID = '6A1F0C2B5E7D4A3B9C8E7F01@AdobeOrg';
const IMS_SERVER = 'https://ims-na1.adobelogin.com';
const SEEDED_IMS_SERVER = 'https://ims-na1-stg1.adobelogin.com';
const BASE_GROUPS = ['admin', 'delivery', 'operation', 'content', 'report', 'workflow', 'workflowSupervisor', 'offer'];
const EXTRA_GROUPS = {
  prod: ['messagecenter', 'campaignManager', 'analyst', 'localAdmin_emea', 'localAdmin_apac'],
  stage: ['campaignManager', 'analyst', 'qaTester'],
  dev: ['developer'],
};

// ------------------------------------------------------------------ randomness

function hash32(text) {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rngFor = (seed, key) => mulberry32(hash32(`${seed}:${key}`));
const pick = (r, list) => list[Math.floor(r() * list.length)];
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const hex = (r, n) => Array.from({ length: n }, () => '0123456789ABCDEF'[Math.floor(r() * 16)]).join('');
const b64 = (r, n) =>
  Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[Math.floor(r() * 64)]).join('');
const date = (r) =>
  `20${int(r, 19, 24)}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')} ` +
  `${String(int(r, 0, 23)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}.${String(int(r, 0, 999)).padStart(3, '0')}Z`;
// Sample a size (characters) from a log-normal distribution.
const logNormal = (r, median, sigma, lo, hi) => {
  const gauss = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  return Math.max(lo, Math.min(hi, Math.round(median * Math.exp(sigma * gauss))));
};

// ------------------------------------------------------------------ vocabulary

const TOPICS = [
  'newsletter',
  'welcome',
  'birthday',
  'reactivation',
  'abandonedCart',
  'loyalty',
  'churn',
  'scoring',
  'segment',
  'bounce',
  'optout',
  'survey',
  'event',
  'sms',
  'push',
  'invoice',
  'renewal',
  'winback',
  'referral',
  'preference',
  'catalog',
  'store',
  'coupon',
  'voucher',
  'partner',
  'lead',
  'contract',
  'claim',
  'ticket',
  'subscription',
];
const ACTIONS = ['import', 'export', 'purge', 'sync', 'enrich', 'dedup', 'score', 'notify', 'archive', 'aggregate', 'refresh', 'load'];
const AREAS = ['crm', 'retail', 'loyalty', 'finance', 'emea', 'apac', 'amer', 'b2b', 'ecommerce', 'service', 'mobile', 'data'];
const FIELDS = [
  'email',
  'firstName',
  'lastName',
  'birthDate',
  'gender',
  'mobilePhone',
  'city',
  'zipCode',
  'countryCode',
  'segmentCode',
  'score',
  'tier',
  'points',
  'lastPurchase',
  'channel',
  'storeId',
  'externalId',
  'language',
  'optinDate',
  'consentLevel',
  'revenue',
  'orderCount',
  'contractNumber',
  'status',
  'source',
  'campaignCode',
  'partnerId',
  'iban',
];
const TYPES = ['string', 'long', 'double', 'datetime', 'date', 'boolean', 'byte', 'short', 'memo', 'int64'];
const WORDS = (
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore ' +
  'magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute ' +
  'irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt ' +
  'culpa qui officia deserunt mollit anim id est laborum offre exclusive fidélité découvrez nouveautés Angebot für Sie'
).split(' ');
const FIRST = [
  'Anna',
  'Ben',
  'Chloé',
  'David',
  'Emma',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kenji',
  'Lena',
  'Marco',
  'Nora',
  'Oscar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tara',
  'Umar',
  'Vera',
  'Wei',
  'Xavier',
  'Yuki',
  'Zoé',
];
const LAST = [
  'Martin',
  'Schmidt',
  'Rossi',
  'Garcia',
  'Smith',
  'Dubois',
  'Müller',
  'Tanaka',
  'Kowalski',
  'Nielsen',
  'Silva',
  'Brown',
  'Lefèvre',
  'Novak',
  'Jansen',
  'Kumar',
  'Okafor',
  'Larsen',
  'Moreau',
  'Fischer',
];
const AUTHORS = ['Administrator (admin)', 'Campaign Ops (campaignops)', 'Julie Bernard (jbernard)', 'Build bot (ci)'];

const sentence = (r, n) => {
  let s = cap(pick(r, WORDS));
  for (let i = 1; i < n; i++) s += ` ${pick(r, WORDS)}`;
  return `${s}.`;
};
const name = (r) => `${pick(r, TOPICS)}${cap(pick(r, ACTIONS))}`;

// ------------------------------------------------------------------ package exports

function packageOpen(r, label) {
  return `<?xml version='1.0'?>
<package author="${pick(r, AUTHORS)}" buildDate="${date(r)}" buildNumber="${pick(r, ['9336', '9343', '9360', '9381'])}" buildVersion="${pick(r, ['7.3', '8.1', '8.5'])}"
         img="" label="${label}" name="${label.replace(/\W+/g, '')}" namespace="cus" vendor="Example Corp">
  <desc>${sentence(r, int(r, 4, 14))}</desc>
  <version buildDate="${date(r)}"/>
`;
}
const PACKAGE_CLOSE = '</package>\n';

const JS_SNIPPETS = [
  (r, id) => `var query = xtk.queryDef.create(
  <queryDef schema="nms:recipient" operation="select" lineCount="${int(r, 100, 5000)}">
    <select><node expr="@id"/><node expr="@${pick(r, FIELDS)}"/><node expr="@${pick(r, FIELDS)}"/></select>
    <where><condition expr={"@lastModified >= #" + formatDate(vars.lastRun, "%4Y-%2M-%2D") + "#"}/></where>
  </queryDef>);
var res = query.ExecuteQuery();
var count${id} = 0;
for each (var rcp in res.recipient) {
  if (rcp.@${pick(r, FIELDS)}.toString().length < ${int(r, 2, 9)} && count${id} <= ${int(r, 10, 500)})
    count${id}++;
}
logInfo("${name(r)}: " + count${id} + " recipients processed");`,
  (r, _id, t = pick(r, TOPICS)) => `var file = new File(vars.filename);
file.open("r", File.CODEPAGE_UTF8);
var line, n = 0;
while ((line = file.readln()) != null) {
  var cols = line.split(";");
  if (cols.length < ${int(r, 3, 12)}) { logWarning("line " + n + " has " + cols.length + " columns"); continue; }
  xtk.session.Write(<${t} xtkschema="cus:${t}" _operation="insertOrUpdate" _key="@externalId"
    externalId={cols[0]} ${pick(r, FIELDS)}={cols[1]} ${pick(r, FIELDS)}={cols[2]}/>);
  n++;
}
file.close();
instance.vars.processed = n;`,
  (
    r,
  ) => `var http = new HttpClientRequest("https://api.example.com/v${int(r, 1, 3)}/${pick(r, TOPICS)}?since=" + encodeURIComponent(vars.since));
http.method = "GET";
http.header["Accept"] = "application/json";
http.execute();
if (http.response.code != 200) throw "HTTP " + http.response.code + " & " + http.response.body;
var payload = JSON.parse(http.response.body.toString());
for (var i = 0; i < payload.items.length; i++) {
  var item = payload.items[i];
  vars["${pick(r, FIELDS)}_" + i] = item.${pick(r, FIELDS)} || "";
}`,
  (
    r,
  ) => `var sql = "UPDATE Cus${cap(pick(r, TOPICS))} SET i${cap(pick(r, FIELDS))} = 0 WHERE tsLastModified < $(curdate) - ${int(r, 7, 400)}";
sqlExec(sql);
var cnt = sqlGetInt("SELECT COUNT(*) FROM NmsRecipient WHERE iBlackList = 1 AND sEmail <> ''");
if (cnt > ${int(r, 100, 90000)}) {
  logWarning("unusually many blocklisted recipients: " + cnt);
  task.setCompleted();
}`,
  (r, id) => `function ${pick(r, ACTIONS)}${id}(ctx) {
  var out = [], seen = {};
  for (var i = 0; i < ctx.rows.length; i++) {
    var key = (ctx.rows[i].${pick(r, FIELDS)} + "|" + ctx.rows[i].${pick(r, FIELDS)}).toLowerCase();
    if (seen[key]) continue;
    seen[key] = true;
    out.push(ctx.rows[i]);
  }
  return out;
}
vars.kept = ${pick(r, ACTIONS)}${id}({ rows: vars.rows || [] }).length;`,
];

// A workflow script that reads an unrelated external account: mentions nms:extAccount inside CDATA.
const DECOY_JS = `var acc = xtk.queryDef.create(
  <queryDef schema="nms:extAccount" operation="get">
    <select><node expr="@server"/><node expr="@account"/></select>
    <where><condition expr="@name = 'sftp_exchange'"/></where>
  </queryDef>).ExecuteQuery();
vars.sftpServer = acc.@server.toString();`;

function jsActivity(r, id, act, x, next, decoy) {
  const script = decoy ? DECOY_JS : pick(r, JS_SNIPPETS)(r, id);
  return `        <js label="${cap(pick(r, ACTIONS))} ${pick(r, TOPICS)}" name="${act}" x="${x}" y="${int(r, 40, 400)}">
          <script><![CDATA[${script}]]></script>
          <transitions><done name="done" target="${next}"/></transitions>
        </js>
`;
}

function queryActivity(r, act, x, next) {
  const f = pick(r, FIELDS);
  return `        <query label="Query ${f}" name="${act}" schema="nms:recipient" x="${x}" y="${int(r, 40, 400)}">
          <where displayFilter="${f} is not empty and created &gt;= ${int(r, 1, 90)} days ago" filterName="backGroundFilterFrm" id="${int(r, 1e6, 9e6)}">
            <condition boolOperator="AND" expr="@${f} IS NOT NULL" internalId="${int(r, 1e8, 9e8)}"/>
            <condition expr="[@created] &gt;= DaysAgo(${int(r, 1, 90)})" internalId="${int(r, 1e8, 9e8)}"/>
          </where>
          <transitions><result name="result" target="${next}"/></transitions>
        </query>
`;
}

function simpleActivity(r, act, x, next) {
  const kind = pick(r, ['enrichment', 'wait', 'test', 'fork', 'signal', 'deliveryRecurring', 'fileImport', 'extract']);
  return `        <${kind} label="${cap(kind)}" name="${act}" x="${x}" y="${int(r, 40, 400)}"${kind === 'wait' ? ` delay="${int(r, 60, 86400)}"` : ''}>
          <transitions><result name="result" target="${next}"/></transitions>
        </${kind}>
`;
}

function workflow(r, id, decoy = false) {
  const internal = `WKF${cap(name(r))}${id}`;
  const steps = int(r, 2, 9);
  const decoyAt = decoy ? int(r, 0, steps - 1) : -1;
  let activities = `        <start label="Start" name="start" x="64" y="48"><transitions><initial name="initial" target="a0"/></transitions></start>\n`;
  for (let i = 0; i < steps; i++) {
    const next = i === steps - 1 ? 'end' : `a${i + 1}`;
    const x = 160 + i * 120;
    const roll = r();
    activities +=
      i === decoyAt
        ? jsActivity(r, `${id}_${i}`, `a${i}`, x, next, true)
        : roll < 0.45
          ? jsActivity(r, `${id}_${i}`, `a${i}`, x, next, false)
          : roll < 0.75
            ? queryActivity(r, `a${i}`, x, next)
            : simpleActivity(r, `a${i}`, x, next);
  }
  activities += `        <end label="End" name="end" x="${160 + steps * 120}" y="48"/>\n`;
  return `    <workflow folder-name="nmsTechnicalWorkflow" history="${int(r, 7, 90)}" internalName="${internal}"
              isModel="false" label="${cap(pick(r, ACTIONS))} ${pick(r, TOPICS)} (${pick(r, AREAS)})" modifiedBy-id="${int(r, 1000, 9999)}"
              order="${int(r, 1, 9999)}" production="true" schema="nms:recipient" simulation="false">
      <desc>${sentence(r, int(r, 6, 20))}</desc>
      <activities>
${activities}      </activities>
      <variables/>
      <scenario-cs>Notification of the workflow supervisor (notifySupervisor)</scenario-cs>
    </workflow>
`;
}

function srcSchema(r, id, decoy = false) {
  const entity = `${pick(r, TOPICS)}${id}`;
  let attrs = '';
  const n = int(r, 5, 40);
  for (let i = 0; i < n; i++) {
    const t = pick(r, TYPES);
    attrs += `        <attribute label="${cap(pick(r, FIELDS))} ${i}" name="${pick(r, FIELDS)}${i}" type="${t}"${t === 'string' ? ` length="${pick(r, [16, 32, 64, 80, 255])}"` : ''}${r() < 0.2 ? ' notNull="true"' : ''}/>\n`;
  }
  const links = Array.from(
    { length: int(r, 0, 3) },
    (_, i) =>
      `        <element integrity="${pick(r, ['neutral', 'own', 'define'])}" label="${cap(pick(r, TOPICS))}" name="link${i}" target="${pick(r, ['nms:recipient', 'nms:delivery', `cus:${pick(r, TOPICS)}`])}" type="link"/>\n`,
  ).join('');
  // A link to the operator group schema: mentions xtk:group without being an xtk:group export.
  const decoyLink = decoy ? `        <element label="Owner group" name="ownerGroup" target="xtk:group" type="link"/>\n` : '';
  const enumeration =
    r() < 0.4
      ? `    <enumeration basetype="byte" default="active" name="status${id}">
${['active', 'pending', 'closed', 'archived'].map((v, i) => `      <value label="${cap(v)}" name="${v}" value="${i}"/>`).join('\n')}
    </enumeration>
`
      : '';
  return `    <srcSchema created="${date(r)}" desc="${sentence(r, 5)}" entitySchema="xtk:srcSchema" img="" label="${cap(entity)}"
               labelSingular="${cap(entity)}" lastModified="${date(r)}" mappingType="sql" md5="${hex(r, 32)}"
               name="${entity}" namespace="cus" xtkschema="xtk:srcSchema">
      <createdBy _cs="Administrator (admin)"/>
${enumeration}      <element autopk="true" label="${cap(entity)}" name="${entity}" sqltable="Cus${cap(entity)}">
${attrs}${links}${decoyLink}        <key internal="true" name="id"><keyfield xpath="@id"/></key>
        <dbindex name="${entity}Idx" unique="${r() < 0.5}"><keyfield xpath="@${pick(r, FIELDS)}0"/></dbindex>
      </element>
      <methods>
        <method name="${pick(r, ACTIONS)}" static="true"><parameters><param desc="Input" inout="in" name="input" type="DOMDocument"/></parameters></method>
      </methods>
    </srcSchema>
`;
}

function form(r, id) {
  const inputs = Array.from(
    { length: int(r, 3, 25) },
    () => `          <input xpath="@${pick(r, FIELDS)}"${r() < 0.3 ? ' readOnly="true"' : ''}/>`,
  ).join('\n');
  return `    <form entitySchema="xtk:form" img="xtk:form.png" label="${cap(pick(r, TOPICS))} ${id}" name="${pick(r, TOPICS)}${id}" namespace="cus" type="notebook">
      <container img="nms:recipient.png" label="General" type="frame">
${inputs}
      </container>
      <container label="Advanced" colcount="2">
        <input xpath="@status"/><input xpath="@lastModified" readOnly="true"/>
      </container>
      <leave><check expr="[@${pick(r, FIELDS)}] != ''"><error>The field must not be empty &amp; must be valid.</error></check></leave>
    </form>
`;
}

function delivery(r, id, paragraphs) {
  let html = '';
  for (let i = 0; i < paragraphs; i++)
    html += `<tr><td style="padding:12px;font-family:Arial"><p>${sentence(r, int(r, 10, 40))} <%= recipient.${pick(r, FIELDS)} %></p><a href="https://www.example.com/${pick(r, TOPICS)}?utm_campaign=${id}&amp;i=${i}">${sentence(r, 3)}</a></td></tr>\n`;
  return `    <delivery deliveryMode="1" internalName="DM${id}" label="${cap(pick(r, TOPICS))} ${pick(r, AREAS).toUpperCase()} ${id}" messageType="0">
      <mailParameters senderAddress="news@example.com" senderName="Example &amp; Co" replyAddress="no-reply@example.com"/>
      <scheduling validationMode="manual" webResPurged="false"/>
      <targets fromSchema="nms:recipient">
        <deliveryTarget><targetPart exclusion="false" ignored="false"><where><condition expr="@${pick(r, FIELDS)} = '${pick(r, WORDS)}'"/></where></targetPart></deliveryTarget>
      </targets>
      <content>
        <html><source><![CDATA[<!DOCTYPE html><html><head><title>${sentence(r, 4)}</title></head><body><table width="600">
${html}</table></body></html>]]></source></html>
        <text><source><![CDATA[${sentence(r, 30)}
<%= recipient.firstName %>, ${sentence(r, 40)}]]></source></text>
      </content>
    </delivery>
`;
}

function javascriptLib(r, id, functions) {
  let code = `loadLibrary("xtk:shared/nl.js");\nloadLibrary("xtk:common.js");\n`;
  for (let i = 0; i < functions; i++)
    code += `${pick(r, JS_SNIPPETS)(r, `${id}_${i}`)
      .replace(/^/gm, '  ')
      .replace(/^ {2}/, `function cus_${pick(r, ACTIONS)}_${id}_${i}(vars, task) {\n  `)}\n}\n`;
  return `    <javascript name="cus:${pick(r, TOPICS)}${id}.js" namespace="cus" label="${cap(pick(r, TOPICS))} library" created="${date(r)}">
      <data><![CDATA[${code}]]></data>
    </javascript>
`;
}

function options(r, id) {
  return Array.from(
    { length: int(r, 3, 20) },
    (_, i) =>
      `    <option dataType="6" name="Cus_${cap(pick(r, TOPICS))}_${id}_${i}" stringValue="${pick(r, ['https://t.example.com', 'daily', pick(r, WORDS), String(int(r, 1, 9999))])}"/>\n`,
  ).join('');
}

const RECORD = {
  'xtk:workflow': (r, id, decoy) => workflow(r, id, decoy),
  'xtk:srcSchema': (r, id, decoy) => srcSchema(r, id, decoy),
  'xtk:form': (r, id) => form(r, id),
  'nms:delivery': (r, id) => delivery(r, id, int(r, 5, 60)),
  'xtk:javascript': (r, id) => javascriptLib(r, id, int(r, 2, 12)),
  'xtk:option': (r, id) => options(r, id),
};
const SCHEMA_WEIGHTS = [
  ['xtk:workflow', 0.35],
  ['xtk:srcSchema', 0.25],
  ['xtk:form', 0.13],
  ['nms:delivery', 0.15],
  ['xtk:javascript', 0.09],
  ['xtk:option', 0.03],
];
const FOLDER_OF = {
  'xtk:workflow': 'workflows',
  'xtk:srcSchema': 'schemas',
  'xtk:form': 'forms',
  'nms:delivery': 'deliveries',
  'xtk:javascript': 'javascript',
  'xtk:option': 'options',
};

function weighted(r, pairs) {
  let x = r();
  for (const [value, w] of pairs) {
    x -= w;
    if (x < 0) return value;
  }
  return pairs[pairs.length - 1][0];
}

/** A package export of about `target` characters: one or two <entities> blocks of records. */
function packageExport(r, id, schema, target, decoy) {
  const second = r() < 0.15 ? weighted(r, SCHEMA_WEIGHTS) : undefined;
  let out = packageOpen(r, `${cap(name(r))} ${pick(r, AREAS)} ${id}`);
  const blocks = second && second !== schema ? [schema, second] : [schema];
  const canDecoy = schema === 'xtk:workflow' || schema === 'xtk:srcSchema';
  let n = 0;
  for (const [b, s] of blocks.entries()) {
    out += `  <entities schema="${s}">\n`;
    const until = b === 0 && blocks.length > 1 ? target * 0.7 : target;
    do {
      out += RECORD[s](r, `${id}${n ? `_${n}` : ''}`, decoy && canDecoy && b === 0 && n === 0);
      n++;
    } while (out.length < until);
    out += '  </entities>\n';
  }
  if (decoy && !canDecoy) out += `  <!-- TODO: move the SFTP settings out of nms:extAccount into an option -->\n`;
  return out + PACKAGE_CLOSE;
}

// ------------------------------------------------------------------ unrelated scripts and docs

function script(r, id) {
  const kind = pick(r, ['js', 'sh', 'md']);
  const n = int(r, 5, 60);
  if (kind === 'sh') {
    let body = `#!/usr/bin/env bash\n# ${sentence(r, 8)}\nset -euo pipefail\nINSTANCE="\${1:-${pick(r, INSTANCES)}}"\n`;
    for (let i = 0; i < n; i++)
      body += pick(r, [
        () => `nlserver pdump -full | grep -q "${pick(r, ['wfserver', 'mta', 'web', 'inMail'])}@\${INSTANCE}" || echo "module down"\n`,
        () => `nlserver export -instance:\${INSTANCE} -file:/tmp/${name(r)}_${i}.xml -package:cus:${name(r)}\n`,
        () => `find /var/log/neolane -name '*.log' -mtime +${int(r, 3, 60)} -delete\n`,
        () => `if [ "$(date +%u)" -lt ${int(r, 2, 6)} ]; then echo "${sentence(r, 5)}"; fi\n`,
      ])();
    return { path: `scripts/${pick(r, AREAS)}/${name(r)}-${id}.sh`, text: body };
  }
  if (kind === 'md') {
    let body = `# ${cap(name(r))}\n\n`;
    for (let i = 0; i < n; i++) body += i % 7 === 0 ? `\n## ${sentence(r, 3)}\n\n` : `${sentence(r, int(r, 8, 30))}\n`;
    return { path: `docs/${pick(r, AREAS)}/${name(r)}-${id}.md`, text: body };
  }
  let body = `// ${sentence(r, 8)}\n'use strict';\nconst { readFileSync } = require('node:fs');\n\n`;
  for (let i = 0; i < n; i++)
    body += `function ${pick(r, ACTIONS)}${i}(rows) {\n  return rows.filter((row) => row.${pick(r, FIELDS)} !== undefined && row.score > ${int(r, 0, 99)});\n}\n`;
  return { path: `tools/${pick(r, AREAS)}/${name(r)}-${id}.js`, text: body };
}

// ------------------------------------------------------------------ the three instances

const callback = (instance) => `https://${instance}.campaign.example.com`;

// The external accounts package: the IMS account (one attribute a line) between two unrelated accounts.
// Like a real export it carries no passwords or secrets.
function extAccountPackage(r, instance) {
  const imsServer = instance === 'stage' ? SEEDED_IMS_SERVER : IMS_SERVER;
  const attrs = [
    ['_operation', 'insertOrUpdate'],
    ['name', 'Adobe_Marketing_Cloud'],
    ['label', 'Adobe Experience Cloud (MAC)'],
    ['type', 'Adobe Marketing Cloud'],
    ['active', '1'],
    ['imsServer', imsServer],
    ['imsScope', 'openid,AdobeID'],
    ['imsClientId', `campaign-${instance}`],
    ['imsCallbackServer', callback(instance)],
    ['imsOrgId', ORG_ID],
    ['imsAssociationMask', `Campaign - ${instance} - (.*)`],
    ['productContext', 'dma_campaign_classic'],
  ];
  const ims = `    <extAccount ${attrs.map(([k, v]) => `${k}="${v}"`).join('\n                ')}/>\n`;
  const text =
    packageOpen(r, `External accounts ${instance}`) +
    `  <entities schema="nms:extAccount">\n` +
    `    <extAccount account="campaign" active="1" label="SFTP exchange" name="sftp_exchange" port="22" server="sftp.example.com" type="4"/>\n` +
    ims +
    `    <extAccount account="campaign_ro" active="1" dbName="dwh" label="Data warehouse (FDA)" name="dwh_fda" provider="PostgreSQL" server="dwh-${instance}.internal" type="7"/>\n` +
    `  </entities>\n` +
    PACKAGE_CLOSE;
  return text;
}

function groupsPackage(r, instance) {
  const groups = [...BASE_GROUPS, ...EXTRA_GROUPS[instance]];
  return (
    packageOpen(r, `Operator groups ${instance}`) +
    `  <entities schema="xtk:group">\n` +
    groups.map((g) => `    <group label="${cap(g)}" name="${g}"/>\n`).join('') +
    `  </entities>\n  <entities schema="xtk:operator">\n` +
    Array.from({ length: 12 }, (_, i) => `    <operator label="${pick(r, FIRST)} ${pick(r, LAST)}" name="op_${instance}_${i}"/>\n`).join(
      '',
    ) +
    `  </entities>\n` +
    PACKAGE_CLOSE
  );
}

function serverConf(r, instance) {
  const modules = ['web', 'wfserver', 'mta', 'inMail', 'stat', 'interaction']
    .map((m) => `    <${m} autoStart="${m !== 'interaction'}" maxProcessMemoryAlertMb="${int(r, 1, 4) * 1024}"/>`)
    .join('\n');
  return `<?xml version='1.0'?>
<!-- Shared configuration of the ${instance} Campaign servers. Managed in git; deployed by the ops pipeline. -->
<serverconf>
  <shared>
    <dataStore hosts="*" lang="en_GB">
      <dataSource name="default"><dbcnx encrypted="1" login="neolane" password="@${b64(r, 22)}==" provider="PostgreSQL" server="db-${instance}.internal"/></dataSource>
    </dataStore>
    <ims authIMSClientId="campaign-${instance}" authIMSClientSecret="@${b64(r, 43)}=" authIMSEndpoint="${IMS_SERVER}"/>
    <urlPermission action="blockAndLog">
      <url dnsSuffix="adobeid-na1.services.adobe.com" urlRegEx=".*"/>
      <url dnsSuffix="ims-na1.adobelogin.com" urlRegEx=".*"/>
      <url dnsSuffix="api.example.com" urlRegEx="https://.*"/>
    </urlPermission>
  </shared>
${modules}
  <trackinglogd purgeLogsPeriod="50000"/>
</serverconf>
`;
}

function instanceConfig(r, instance) {
  return `<?xml version='1.0'?>
<serverconf>
  <shared>
    <dataStore hosts="${instance}.campaign.example.com" lang="en_GB">
      <dataSource name="default"><dbcnx encrypted="1" login="neolane_${instance}" password="@${b64(r, 22)}==" provider="PostgreSQL" server="db-${instance}.internal"/></dataSource>
    </dataStore>
  </shared>
  <web>
    <redirection IMSOrgId="${ORG_ID}" trackingUrl="https://t-${instance}.example.com"/>
  </web>
  <mta statServerAddress="${instance}.campaign.example.com"/>
</serverconf>
`;
}

function manifest(instance) {
  return `# IMS client provisioned for the ${instance} Campaign instance (kept in sync with the Developer Console).
kind: ims-provisioning
instance: ${instance}
clientId: campaign-${instance}
orgId: ${ORG_ID}
scopes: [openid, AdobeID]
productContext: dma_campaign_classic
redirectUris:
  - ${callback(instance)}
`;
}

const CSV_HEADER =
  'Identity Type,Username,Domain,Email,First Name,Last Name,Country Code,Product Configurations,Admin Roles,Product Configurations Administered,User Groups,User Groups Administered,Products Administered,Developer Access';
const csvCell = (values) =>
  values.length === 0 ? '' : values.length === 1 && !/[",]/.test(values[0]) ? values[0] : `"${values.join(',')}"`;

function adminConsoleCsv(r, users) {
  const rows = [CSV_HEADER];
  for (let i = 0; i < users; i++) {
    const first = pick(r, FIRST);
    const last = pick(r, LAST);
    const login = `${first}.${last}${i}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9.]/g, '');
    const profiles = [];
    for (const instance of INSTANCES) {
      if (r() < (instance === 'prod' ? 0.7 : 0.4))
        profiles.push(`Campaign - ${instance} - ${pick(r, [...BASE_GROUPS, ...EXTRA_GROUPS[instance]])}`);
    }
    if (r() < 0.3) profiles.push(pick(r, ['Default Analytics - All Access', 'Target - Editors', 'AEM Sites - Authors']));
    rows.push(
      [
        pick(r, ['Federated ID', 'Federated ID', 'Enterprise ID', 'Adobe ID']),
        `${login}@example.com`,
        'example.com',
        `${login}@example.com`,
        first,
        last,
        pick(r, ['US', 'FR', 'DE', 'GB', 'JP', 'IN', 'BR']),
        csvCell(profiles),
        i % 97 === 0 ? 'Product Admin' : '',
        '',
        csvCell(r() < 0.5 ? [`Marketing ${pick(r, AREAS).toUpperCase()}`] : []),
        '',
        i % 97 === 0 ? 'Adobe Campaign' : '',
        '',
      ].join(','),
    );
  }
  return `${rows.join('\n')}\n`;
}

const README = `# Campaign configuration

Package exports of our Adobe Campaign Classic instances, exported with \`nlserver export\` and reviewed in pull requests.

- \`packages/\`: packages shared by every instance (schemas, forms, workflows, deliveries).
- \`prod/\`, \`stage/\`, \`dev/\`: per-instance packages and server configuration (\`conf/\`).
- \`ims/\`: one IMS provisioning manifest per instance. Each starts with \`kind: ims-provisioning\` and mirrors the
  client registered in the Developer Console (client id, scopes, redirect URIs).
- \`admin-console/users.csv\`: the Admin Console user export (columns \`Username\`, \`Product Configurations\`, …),
  refreshed monthly.
`;

// ------------------------------------------------------------------ writing

class Writer {
  constructor(out) {
    this.out = out;
    this.dirs = new Set();
    this.files = 0;
    this.bytes = 0;
  }
  write(path, text, { bom = false, crlf = false } = {}) {
    const full = join(this.out, path);
    const dir = dirname(full);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    const body = (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text);
    const buf = Buffer.from(body, 'utf8');
    writeFileSync(full, buf);
    this.files++;
    this.bytes += buf.length;
  }
}

/** Empty DIR for writing; refuses to wipe a folder that is not a previously generated corpus. */
function prepareOut(out) {
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, 'SEEDED_DEFECTS.json')))
      throw new Error(`${out} is not empty and holds no SEEDED_DEFECTS.json: refusing to overwrite it`);
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
}

/** Position of `name="value"` in text: 1-based line and column, endColumn exclusive. */
function locate(text, needle) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`cannot locate ${needle}`);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(0, at).split('\n').length;
  return { line, column: at - lineStart + 1, endLine: line, endColumn: at - lineStart + 1 + needle.length };
}

export function generateCorpus({ out, scale = 1, seed = 1 }) {
  const started = performance.now();
  prepareOut(out);
  const w = new Writer(out);
  const count = Math.round(BLOCK * 4 * scale);
  const sniffDecoys = [];

  for (let i = 0; i < count; i++) {
    const r = rngFor(seed, `file${i}`);
    const j = i % BLOCK;
    const id = String(i).padStart(5, '0');
    if (j % 16 === 5) {
      const s = script(r, id);
      w.write(s.path, s.text);
      continue;
    }
    const large = j === 100;
    const schema = large ? pick(r, ['xtk:workflow', 'nms:delivery', 'xtk:javascript']) : weighted(r, SCHEMA_WEIGHTS);
    const target = large ? int(r, 2.4e6, 3.2e6) : logNormal(r, 14000, 1.0, 1500, 600000);
    const decoy = r() < 0.02;
    const folder = weighted(r, [
      ['packages', 0.7],
      ['prod/packages', 0.1],
      ['stage/packages', 0.1],
      ['dev/packages', 0.1],
    ]);
    const path = `${folder}/${FOLDER_OF[schema]}/${pick(r, AREAS)}/${name(r)}-${id}.xml`;
    w.write(path, packageExport(r, id, schema, target, decoy), { bom: r() < 0.05, crlf: r() < 0.1 });
    if (decoy) sniffDecoys.push(path);
  }

  // The huge export: workflows and deliveries, with an nms:extAccount query near its end.
  {
    const r = rngFor(seed, 'huge');
    const target = Math.max(2e5, HUGE_BYTES * scale);
    let text = `${packageOpen(r, 'Full export before migration')}  <entities schema="xtk:workflow">\n`;
    let n = 0;
    for (; text.length < target * 0.6; n++) text += workflow(r, `H${n}`, false);
    text += '  </entities>\n  <entities schema="nms:delivery">\n';
    for (; text.length < target * 0.9; n++) text += delivery(r, `H${n}`, int(r, 20, 80));
    text += '  </entities>\n  <entities schema="xtk:workflow">\n';
    for (; text.length < target; n++) text += workflow(r, `H${n}`, false);
    text += `${workflow(r, `H${n}`, true)}  </entities>\n${PACKAGE_CLOSE}`;
    w.write('packages/migration/full-export-before-v8.xml', text);
    sniffDecoys.push('packages/migration/full-export-before-v8.xml');
  }

  // The three instances.
  const defects = [];
  const r = rngFor(seed, 'instances');
  for (const instance of INSTANCES) {
    const accountsPath = `${instance}/packages/extAccounts.xml`;
    const accounts = extAccountPackage(r, instance);
    // stage's export has a BOM and CRLF line endings, like one exported on Windows; the line numbers do not change.
    w.write(accountsPath, accounts, instance === 'stage' ? { bom: true, crlf: true } : {});
    if (instance === 'stage') {
      defects.push({
        ruleId: 'IMS003',
        instance,
        file: accountsPath,
        ...locate(accounts, `imsServer="${SEEDED_IMS_SERVER}"`),
        message: `stage's IMS server is the staging host ${SEEDED_IMS_SERVER}; it must be the production endpoint like prod's`,
      });
    }
    w.write(`${instance}/packages/operatorGroups.xml`, groupsPackage(r, instance));
    w.write(`${instance}/conf/serverConf.xml`, serverConf(r, instance));
    w.write(`${instance}/conf/config-${instance}.xml`, instanceConfig(r, instance));
    w.write(`ims/${instance}.yml`, manifest(instance));
  }
  w.write('admin-console/users.csv', adminConsoleCsv(r, 600));
  w.write('README.md', README);
  sniffDecoys.push('README.md');

  const info = {
    generator: GENERATOR_VERSION,
    kind: 'corpus',
    scale,
    seed,
    files: w.files + 1,
    bytes: w.bytes,
    defects,
    sniffDecoys,
  };
  const json = `${JSON.stringify(info, null, 2)}\n`;
  writeFileSync(join(out, 'SEEDED_DEFECTS.json'), json);
  info.bytes += Buffer.byteLength(json);
  info.seconds = (performance.now() - started) / 1000;
  return info;
}

// ------------------------------------------------------------------ cross-file micro-benchmark

const PARTS_A = [
  'crm',
  'retail',
  'loyalty',
  'finance',
  'emea',
  'apac',
  'amer',
  'nordics',
  'benelux',
  'dach',
  'iberia',
  'france',
  'italy',
  'uk',
  'japan',
  'india',
  'brazil',
  'mexico',
  'canada',
  'poland',
  'turkey',
  'korea',
  'china',
  'africa',
  'oceania',
];
const PARTS_B = [
  'delivery',
  'content',
  'offer',
  'report',
  'workflow',
  'analytics',
  'mobile',
  'email',
  'sms',
  'push',
  'web',
  'social',
  'print',
  'call',
  'events',
  'surveys',
  'landing',
  'forms',
  'seeds',
  'typology',
  'budget',
  'plan',
  'task',
  'asset',
  'data',
];
const PARTS_C = [
  'Operators',
  'Managers',
  'Editors',
  'Viewers',
  'Approvers',
  'Admins',
  'Designers',
  'Testers',
  'Analysts',
  'Leads',
  'Agents',
  'Owners',
  'Reviewers',
  'Planners',
  'Builders',
  'Auditors',
  'Support',
  'Interns',
  'Partners',
  'Vendors',
  'Experts',
  'Writers',
  'Traders',
  'Helpers',
  'Members',
];

/** A spelling mistake of `word`: case, a dropped, doubled, swapped or replaced letter, or a stray space. */
function nearMiss(r, word) {
  const i = int(r, 1, word.length - 2);
  switch (int(r, 0, 5)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 3:
      return (
        word.slice(0, i) +
        pick(
          r,
          'aeioustrn'.split('').filter((c) => c !== word[i]),
        ) +
        word.slice(i + 1)
      );
    case 4:
      return word.toLowerCase() === word ? cap(word) : word.toLowerCase();
    default:
      return `${word.slice(0, i)} ${word.slice(i)}`;
  }
}

export function generateCrossFileCorpus({ out, groups = 10000, nearMissRate = 0.05, seed = 1 }) {
  const started = performance.now();
  prepareOut(out);
  const w = new Writer(out);
  const r = rngFor(seed, 'cross');
  const names = new Set();
  while (names.size < groups) names.add(`${pick(r, PARTS_A)}${cap(pick(r, PARTS_B))}${pick(r, PARTS_C)}`);
  const list = [...names];
  w.write('prod/packages/extAccounts.xml', extAccountPackage(r, 'prod'));
  w.write(
    'prod/packages/operatorGroups.xml',
    packageOpen(r, 'Operator groups prod') +
      '  <entities schema="xtk:group">\n' +
      list.map((g) => `    <group label="${g}" name="${g}"/>\n`).join('') +
      '  </entities>\n' +
      PACKAGE_CLOSE,
  );
  w.write('ims/prod.yml', manifest('prod'));
  const rows = [CSV_HEADER];
  const misses = [];
  list.forEach((g, i) => {
    let held = g;
    if (r() < nearMissRate) {
      do held = nearMiss(r, g);
      while (names.has(held));
      misses.push({ group: g, dashboard: `Campaign - prod - ${held}` });
    }
    const login = `user${String(i).padStart(5, '0')}`;
    rows.push(
      `Federated ID,${login}@example.com,example.com,${login}@example.com,${pick(r, FIRST)},${pick(r, LAST)},US,Campaign - prod - ${held},,,,,,`,
    );
  });
  w.write('admin-console/users.csv', `${rows.join('\n')}\n`);
  const info = {
    generator: GENERATOR_VERSION,
    kind: 'cross-file',
    groups,
    seed,
    files: w.files + 1,
    bytes: w.bytes,
    defects: [],
    nearMisses: misses.length,
    expected: `${misses.length} Enterprise Dashboard names without an exact operator group (IMS005), each a near miss of one`,
    sample: misses.slice(0, 5),
  };
  writeFileSync(join(out, 'SEEDED_DEFECTS.json'), `${JSON.stringify(info, null, 2)}\n`);
  info.seconds = (performance.now() - started) / 1000;
  return info;
}

// ------------------------------------------------------------------ CLI

function parseArgs(argv) {
  const args = { out: undefined, scale: 1, seed: '1', crossFile: false, groups: 10000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = argv[++i];
    else if (a === '--scale') args.scale = Number(argv[++i]);
    else if (a === '--seed') args.seed = argv[++i];
    else if (a === '--cross-file') args.crossFile = true;
    else if (a === '--groups') args.groups = Number(argv[++i]);
    else
      throw new Error(
        `unknown argument ${a}\nusage: generate.mjs [--out DIR] [--scale N] [--seed S] | --cross-file [--groups N] [--out DIR] [--seed S]`,
      );
  }
  if (!(args.scale > 0)) throw new Error('--scale must be a positive number');
  return args;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const out = args.out ?? (args.crossFile ? 'bench/.corpus-cross' : `bench/.corpus-scale-${args.scale}`);
    const info = args.crossFile
      ? generateCrossFileCorpus({ out, groups: args.groups, seed: args.seed })
      : generateCorpus({ out, scale: args.scale, seed: args.seed });
    console.log(`${out}: ${info.files} files, ${(info.bytes / 1e6).toFixed(1)} MB in ${info.seconds.toFixed(1)} s`);
    for (const d of info.defects) console.log(`seeded ${d.ruleId} at ${d.file}:${d.line}:${d.column}  ${d.message}`);
    if (info.nearMisses !== undefined)
      console.log(`${info.groups} operator groups, ${info.nearMisses} near-miss Enterprise Dashboard names`);
  } catch (error) {
    console.error(`generate: ${error.message}`);
    process.exit(2);
  }
}
