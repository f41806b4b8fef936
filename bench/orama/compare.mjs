// Side-by-side retrieval comparison: the tutor (`go run ./cmd/tutor eval`) and Orama with its
// Mandarin tokenizer, on the same passages (exported by bench/exportchunks) and the same
// question set, scored with the same matching rule as llmtutor/eval.
//
//   node compare.mjs --passages FILE --questions FILE [--repo DIR] [--k 5]
//                    [--orama-dump FILE] [--tutor-dump FILE] [--no-tutor]
//
// Prints one Markdown table. Nothing here touches the network.

import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'

import { create, insertMultiple, search } from '@orama/orama'
import { createTokenizer } from '@orama/tokenizers/mandarin'

const here = dirname(fileURLToPath(import.meta.url))

function parseArgs(argv) {
  const opts = { repo: resolve(here, '..', '..'), k: 5, tutor: true }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`)
      return argv[++i]
    }
    switch (a) {
      case '--passages': opts.passages = resolve(val()); break
      case '--questions': opts.questions = resolve(val()); break
      case '--repo': opts.repo = resolve(val()); break
      case '--k': opts.k = Number(val()); break
      case '--orama-dump': opts.oramaDump = resolve(val()); break
      case '--tutor-dump': opts.tutorDump = resolve(val()); break
      case '--no-tutor': opts.tutor = false; break
      case '-h': case '--help':
        console.log('usage: node compare.mjs --passages FILE --questions FILE [--repo DIR] [--k 5] [--orama-dump FILE] [--tutor-dump FILE] [--no-tutor]')
        process.exit(0)
      default: throw new Error(`unknown argument ${a}`)
    }
  }
  if (!opts.passages || !opts.questions) throw new Error('--passages and --questions are required')
  if (!Number.isInteger(opts.k) || opts.k < 1 || opts.k > 20) throw new Error('--k must be between 1 and 20')
  return opts
}

function readJSONL(path) {
  return readFileSync(path, 'utf8').split('\n')
    .map((l, i) => [l.trim(), i + 1])
    .filter(([l]) => l !== '')
    .map(([l, n]) => {
      try { return JSON.parse(l) } catch (e) { throw new Error(`${path}:${n}: ${e.message}`) }
    })
}

// fold is eval.Fold: NFKC, lower case, every white-space character (Unicode White_Space, which
// is what Go's unicode.IsSpace tests) removed.
const fold = (s) => s.normalize('NFKC').toLowerCase().replace(/\p{White_Space}/gu, '')

// matches is eval.Question.Matches, applied to title + "\n" + text.
function matches(q, text) {
  const t = fold(text)
  for (const a of q.all ?? []) if (!t.includes(fold(a))) return false
  const any = q.any ?? []
  return any.length === 0 || any.some((a) => t.includes(fold(a)))
}

const covered = (q) => q.expect !== 'none'

function percentile(ms, p) {
  // Same index rule as eval.Summarize: sorted[n/2] for p50, sorted[min(n-1, n*99/100)] for p99.
  const s = [...ms].sort((a, b) => a - b)
  if (s.length === 0) return NaN
  const i = p === 50 ? Math.floor(s.length / 2) : Math.min(s.length - 1, Math.floor((s.length * 99) / 100))
  return s[i]
}

// score computes the figures from per-question ranks (1-based, 0 = no match in the top k).
function score(rows) {
  const cov = rows.filter((r) => covered(r.q))
  const none = rows.filter((r) => !covered(r.q))
  const n = cov.length || 1
  const at = (k) => cov.filter((r) => r.rank > 0 && r.rank <= k).length / n
  return {
    covered: cov.length,
    none: none.length,
    hit1: at(1), hit3: at(3), hit5: at(5),
    mrr: cov.reduce((s, r) => s + (r.rank > 0 ? 1 / r.rank : 0), 0) / n,
    coveredEmpty: cov.filter((r) => r.shown === 0).length,
    noneShown: none.filter((r) => r.shown > 0).length,
    p50: percentile(rows.map((r) => r.ms), 50),
    p99: percentile(rows.map((r) => r.ms), 99),
  }
}

async function runOrama(passages, questions, k) {
  const t0 = performance.now()
  const db = create({
    schema: { title: 'string', text: 'string' },
    components: { tokenizer: createTokenizer() },
  })
  // id and anchor are stored with the document but not indexed: only title and text are searched.
  await insertMultiple(db, passages.map((p) => ({ id: p.id, anchor: p.anchor, title: p.title, text: p.text })))
  const buildMs = performance.now() - t0

  const rows = []
  const dump = []
  for (const q of questions) {
    // A simple peer has no follow-up handling: the conversation's questions are searched as one.
    const term = [...(q.history ?? []), q.question].join(' ')
    const start = performance.now()
    let res = search(db, { term, properties: ['title', 'text'], limit: k })
    if (res && typeof res.then === 'function') res = await res
    const ms = performance.now() - start
    const hits = res.hits.slice(0, k)
    let rank = 0
    if (covered(q)) {
      hits.forEach((h, i) => {
        if (rank === 0 && matches(q, h.document.title + '\n' + h.document.text)) rank = i + 1
      })
    }
    rows.push({ q, rank, shown: hits.length, ms })
    dump.push({
      id: q.id,
      covered: hits.length > 0,
      passages: hits.map((h) => ({ anchor: h.document.anchor, title: h.document.title, score: h.score, text: h.document.title + '\n' + h.document.text })),
    })
  }
  return { rows, dump, buildMs }
}

// goDurationMs parses a Go time.Duration string ("812µs", "1.234ms", "1m2.5s") into ms.
function goDurationMs(s) {
  const unit = { h: 3600e3, m: 60e3, s: 1e3, ms: 1, 'µs': 1e-3, 'μs': 1e-3, us: 1e-3, ns: 1e-6 }
  if (s === '0s' || s === '0') return 0
  let total = 0
  let rest = s
  const re = /^([0-9]*\.?[0-9]+)(ms|µs|μs|us|ns|h|m|s)/
  while (rest.length > 0) {
    const m = re.exec(rest)
    if (!m) throw new Error(`cannot parse duration ${s}`)
    total += Number(m[1]) * unit[m[2]]
    rest = rest.slice(m[0].length)
  }
  return total
}

function runTutor(repo, questionsPath, questions, k, dumpPath) {
  // Local mode only: no chat model, no remote embeddings, no module or toolchain downloads.
  const env = { ...process.env }
  for (const v of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'TUTOR_EMBED_BASE_URL', 'TUTOR_EMBED_API_KEY', 'TUTOR_EMBED_MODEL', 'TUTOR_TOP_K']) delete env[v]
  env.GOPROXY = env.GOPROXY ?? 'off'
  env.GOTOOLCHAIN = env.GOTOOLCHAIN ?? 'local'
  const args = ['run', './cmd/tutor', 'eval', '-questions', questionsPath, '-k', String(k), '-dump', dumpPath]
  const r = spawnSync('go', args, { cwd: repo, env, encoding: 'utf8', maxBuffer: 64 << 20 })
  if (r.error) throw new Error(`go ${args.join(' ')}: ${r.error.message}`)
  if (r.status !== 0) throw new Error(`go ${args.join(' ')} exited ${r.status}:\n${r.stderr}${r.stdout}`)
  const out = r.stdout
  const sum = /SUMMARY hit@1=([\d.]+) hit@3=([\d.]+) hit@5=([\d.]+) MRR=([\d.]+) decline=([\d.]+) false-decline=([\d.]+) n=(\d+)/.exec(out)
  const lat = /retrieval latency p50 (\S+) p99 (\S+)/.exec(out)
  if (!sum || !lat) throw new Error(`unexpected output of tutor eval:\n${out}`)
  const reported = {
    hit1: +sum[1], hit3: +sum[2], hit5: +sum[3], mrr: +sum[4], decline: +sum[5], falseDecline: +sum[6], n: +sum[7],
    p50: goDurationMs(lat[1]), p99: goDurationMs(lat[2]),
  }

  // Re-score the dump with this file's matcher: the two sides must be scored by the same rule.
  const byID = new Map(readJSONL(dumpPath).map((d) => [d.id, d]))
  const rows = questions.map((q) => {
    const d = byID.get(q.id)
    if (!d) throw new Error(`tutor dump has no line for ${q.id}`)
    let rank = 0
    if (covered(q)) {
      d.passages.forEach((p, i) => {
        // The tutor's dump text is already the title, a line break, then the passage.
        if (rank === 0 && i < k && matches(q, p.text)) rank = i + 1
      })
    }
    return { q, rank, shown: d.passages.length, ms: NaN }
  })
  const s = score(rows)
  s.p50 = reported.p50
  s.p99 = reported.p99
  const close = (a, b) => Math.abs(a - b) < 0.0006 // the summary prints three decimals
  const agree = close(s.hit1, reported.hit1) && close(s.hit3, reported.hit3) && close(s.hit5, reported.hit5) && close(s.mrr, reported.mrr)
  return { score: s, reported, agree, missesOut: out }
}

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(3) : '—')
const fmtMs = (x) => (Number.isFinite(x) ? (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`) : '—')

function table(title, t, o, extra) {
  const rows = [
    ['covered questions (scored)', String(o.covered), String(o.covered)],
    ['hit@1', t ? fmt(t.hit1) : '—', fmt(o.hit1)],
    ['hit@3', t ? fmt(t.hit3) : '—', fmt(o.hit3)],
    ['hit@5', t ? fmt(t.hit5) : '—', fmt(o.hit5)],
    ['MRR (top 5)', t ? fmt(t.mrr) : '—', fmt(o.mrr)],
    ['covered questions shown no passage', t ? `${t.coveredEmpty} (declined)` : '—', `${o.coveredEmpty} (no term matched)`],
    ['off-topic questions (`expect: none`)', String(o.none), String(o.none)],
    ['off-topic questions shown ≥1 passage', t ? `${t.noneShown} / ${t.none}` : '—', `${o.noneShown} / ${o.none}`],
    ['off-topic declined', t ? `${t.none - t.noneShown} / ${t.none}` : '—', 'n/a (no decline decision)'],
    ['latency p50 per query', t ? fmtMs(t.p50) : '—', fmtMs(o.p50)],
    ['latency p99 per query', t ? fmtMs(t.p99) : '—', fmtMs(o.p99)],
  ]
  const lines = [`### ${title}`, '', '| metric | tutor | Orama + Mandarin tokenizer |', '|---|---:|---:|']
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`)
  lines.push('', ...extra)
  return lines.join('\n')
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  const passages = readJSONL(opts.passages)
  const questions = readJSONL(opts.questions)
  if (passages.length === 0) throw new Error(`${opts.passages} has no passages`)
  if (questions.length === 0) throw new Error(`${opts.questions} has no questions`)

  const orama = await runOrama(passages, questions, opts.k)
  if (opts.oramaDump) writeFileSync(opts.oramaDump, orama.dump.map((d) => JSON.stringify(d)).join('\n') + '\n')
  const o = score(orama.rows)

  let t = null
  const extra = [
    `Question set: \`${relative(opts.repo, opts.questions)}\` (${questions.length} questions); passages: ${passages.length}; k = ${opts.k}.`,
    `Orama ${oramaVersion()}: index built in ${orama.buildMs.toFixed(0)} ms; follow-ups searched as history + question concatenated.`,
  ]
  if (opts.tutor) {
    const tmp = opts.tutorDump ? null : mkdtempSync(join(tmpdir(), 'bench-tutor-'))
    const dump = opts.tutorDump ?? join(tmp, 'tutor-dump.jsonl')
    try {
      const r = runTutor(opts.repo, opts.questions, questions, opts.k, dump)
      t = r.score
      extra.push(r.agree
        ? 'Tutor figures re-scored from its dump with this script\'s matcher agree with its own SUMMARY line.'
        : `WARNING: tutor SUMMARY (hit@1 ${r.reported.hit1}, hit@3 ${r.reported.hit3}, hit@5 ${r.reported.hit5}, MRR ${r.reported.mrr}) differs from the re-scored dump; the table shows the re-scored figures.`)
    } finally {
      if (tmp) rmSync(tmp, { recursive: true, force: true })
    }
  }
  console.log(table(relative(opts.repo, opts.questions), t, o, extra))
}

function oramaVersion() {
  try {
    return JSON.parse(readFileSync(join(here, 'node_modules', '@orama', 'orama', 'package.json'), 'utf8')).version
  } catch {
    return '(unknown version)'
  }
}

main().catch((e) => {
  console.error(`compare: ${e.message}`)
  process.exit(1)
})
