package web

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"llmtutor/tutor"
)

// metrics are the server's Prometheus metrics, on a registry of its own (no global state), so
// two servers in one process (tests) never share counters.
type metrics struct {
	reg         *prometheus.Registry
	questions   *prometheus.CounterVec   // by mode and outcome
	latency     *prometheus.HistogramVec // whole answer, by mode and outcome
	firstToken  *prometheus.HistogramVec // time to the first token, by mode
	upstreamErr *prometheus.CounterVec   // by error code
	connections prometheus.Gauge
}

func newMetrics(activeStreams func() float64) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tutor_questions_total",
			Help: "Questions received, by answer mode and outcome (answered, declined, refused, failed, stopped).",
		}, []string{"mode", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "tutor_answer_seconds",
			Help:    "Time from question to the last event of its answer.",
			Buckets: []float64{0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 120},
		}, []string{"mode", "outcome"}),
		firstToken: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "tutor_first_token_seconds",
			Help:    "Time from question to the first piece of the answer.",
			Buckets: []float64{0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10},
		}, []string{"mode"}),
		upstreamErr: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tutor_upstream_errors_total",
			Help: "Failures of the chat endpoint, by error code; each was answered offline instead.",
		}, []string{"code"}),
		connections: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "tutor_websocket_connections",
			Help: "Open websocket connections.",
		}),
	}
	m.reg.MustRegister(m.questions, m.latency, m.firstToken, m.upstreamErr, m.connections,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "tutor_active_streams", Help: "Answers in progress."}, activeStreams),
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// answerObserver watches one answer's events and records it when it ends.
type answerObserver struct {
	m        *metrics
	mode     string
	start    time.Time
	outcome  string
	sawToken bool
}

func (m *metrics) observe(mode tutor.Mode) *answerObserver {
	return &answerObserver{m: m, mode: string(mode), start: time.Now(), outcome: "failed"}
}

func (o *answerObserver) event(e tutor.Event) {
	switch e.Type {
	case tutor.EventToken:
		if !o.sawToken {
			o.sawToken = true
			o.m.firstToken.WithLabelValues(o.mode).Observe(time.Since(o.start).Seconds())
		}
	case tutor.EventError:
		if e.Error != nil && len(e.Error.Code) > 9 && e.Error.Code[:9] == "upstream_" {
			o.m.upstreamErr.WithLabelValues(e.Error.Code).Inc()
		} else if !o.sawToken {
			o.outcome = "refused"
		}
	case tutor.EventDone:
		o.outcome = "answered"
		if e.Done != nil && !e.Done.Covered {
			o.outcome = "declined"
		}
	}
}

// finish records the answer; stopped marks one the reader cancelled.
func (o *answerObserver) finish(stopped bool) {
	if stopped {
		o.outcome = "stopped"
	}
	o.m.questions.WithLabelValues(o.mode, o.outcome).Inc()
	o.m.latency.WithLabelValues(o.mode, o.outcome).Observe(time.Since(o.start).Seconds())
}
