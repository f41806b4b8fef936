# syntax=docker/dockerfile:1
# Multi-stage: build a static binary, run it as a non-root user on a distroless-style base with
# nothing else in it. The report, the pages and the assets are embedded in the binary.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/tutor ./cmd/tutor

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/tutor /usr/local/bin/tutor
USER nonroot:nonroot
ENV TUTOR_ADDR=:8080 \
    TUTOR_EMBED_CACHE=/home/nonroot/.cache/llmtutor/embeddings \
    TUTOR_LOG_FORMAT=json
EXPOSE 8080
# The binary checks itself: no shell or curl is needed in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 CMD ["/usr/local/bin/tutor", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/tutor"]
CMD ["serve"]
