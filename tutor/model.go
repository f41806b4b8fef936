package tutor

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	openai "github.com/sashabaranov/go-openai"
)

// Message is one chat message sent to a model.
type Message struct {
	Role    string `json:"role"` // system, user or assistant
	Content string `json:"content"`
}

// Delta is one streamed piece of a model's reply.
type Delta struct {
	Content   string
	Reasoning string
}

// Model streams a chat completion. Implementations call on for each piece, in order, and
// return when the stream ends, fails or ctx is cancelled.
type Model interface {
	Name() string
	Stream(ctx context.Context, msgs []Message, on func(Delta) error) error
}

// OpenAIModel talks to any OpenAI-compatible endpoint (OpenAI, DeepSeek, Moonshot, Qwen,
// Ollama, vLLM, llama.cpp server) through go-openai.
type OpenAIModel struct {
	client *openai.Client
	model  string
	apiKey string // only to redact it from errors
}

// NewOpenAIModel configures a client. baseURL may be empty for OpenAI itself. httpClient
// carries the upstream timeout.
func NewOpenAIModel(apiKey, baseURL, model string, httpClient *http.Client) *OpenAIModel {
	cfg := openai.DefaultConfig(apiKey)
	if baseURL != "" {
		cfg.BaseURL = strings.TrimRight(baseURL, "/")
	}
	if httpClient != nil {
		cfg.HTTPClient = httpClient
	}
	return &OpenAIModel{client: openai.NewClientWithConfig(cfg), model: model, apiKey: apiKey}
}

// Name is the model's name as configured.
func (m *OpenAIModel) Name() string { return m.model }

// Stream sends the messages and relays the streamed reply, including a reasoning model's
// separate reasoning_content.
func (m *OpenAIModel) Stream(ctx context.Context, msgs []Message, on func(Delta) error) error {
	req := openai.ChatCompletionRequest{Model: m.model, Stream: true}
	for _, msg := range msgs {
		req.Messages = append(req.Messages, openai.ChatCompletionMessage{Role: msg.Role, Content: msg.Content})
	}
	stream, err := m.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return fmt.Errorf("starting the model's stream: %w", m.redact(err))
	}
	defer stream.Close()
	for {
		resp, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading the model's stream: %w", m.redact(err))
		}
		for _, c := range resp.Choices {
			d := Delta{Content: c.Delta.Content, Reasoning: c.Delta.ReasoningContent}
			if d.Content == "" && d.Reasoning == "" {
				continue
			}
			if err := on(d); err != nil {
				return err
			}
		}
	}
}

// redactedError hides the API key in an upstream error's text: some endpoints and gateways
// quote the credentials they refuse, and the error is logged. errors.As and errors.Is still
// see the error it wraps.
type redactedError struct {
	err    error
	secret string
}

func (e redactedError) Error() string {
	return strings.ReplaceAll(e.err.Error(), e.secret, "[redacted]")
}
func (e redactedError) Unwrap() error { return e.err }

func (m *OpenAIModel) redact(err error) error {
	if m.apiKey == "" {
		return err
	}
	return redactedError{err: err, secret: m.apiKey}
}

// describeModelError turns an upstream failure into a message for the reader. It never
// includes the error's text, which may echo request details.
func describeModelError(err error) *Error {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	status := 0
	switch {
	case errors.As(err, &apiErr):
		status = apiErr.HTTPStatusCode
	case errors.As(err, &reqErr):
		status = reqErr.HTTPStatusCode
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return &Error{Code: "upstream_timeout", Message: "语言模型服务响应超时，以下改为直接摘录报告原文作答。"}
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return &Error{Code: "upstream_auth", Message: "语言模型服务拒绝了访问（请检查 API 密钥配置），以下改为直接摘录报告原文作答。"}
	case status == http.StatusTooManyRequests:
		return &Error{Code: "upstream_rate_limited", Message: "语言模型服务请求过多、暂时限流，以下改为直接摘录报告原文作答。"}
	case status >= 500:
		return &Error{Code: "upstream_failed", Message: "语言模型服务出错，以下改为直接摘录报告原文作答。"}
	}
	return &Error{Code: "upstream_failed", Message: "无法从语言模型服务获得完整回答，以下改为直接摘录报告原文作答。"}
}
