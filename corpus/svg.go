package corpus

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
)

// Figures are SVG files inlined into the report's pages, so an SVG is as dangerous as HTML: it
// can carry scripts, event handlers, HTML (foreignObject) and references to other hosts. The
// check below accepts a small, known subset of SVG, and the sanitizer re-serialises only that
// subset, so even a file that slipped past the check could not smuggle markup into a page.

const (
	svgNS = "http://www.w3.org/2000/svg"
	xmlNS = "http://www.w3.org/XML/1998/namespace"
)

// svgElements are the elements a figure may use.
var svgElements = map[string]bool{
	"svg": true, "g": true, "defs": true, "title": true, "desc": true, "rect": true, "circle": true,
	"ellipse": true, "line": true, "polyline": true, "polygon": true, "path": true, "text": true,
	"tspan": true, "marker": true, "use": true, "symbol": true,
}

// svgAttrs are the attributes a figure may use. Colours are not among them except through fill
// and stroke, whose values are restricted further: colours come from classes in figures.css.
var svgAttrs = map[string]bool{
	"class": true, "id": true, "x": true, "y": true, "x1": true, "y1": true, "x2": true, "y2": true,
	"cx": true, "cy": true, "r": true, "rx": true, "ry": true, "width": true, "height": true, "d": true,
	"points": true, "transform": true, "viewBox": true, "text-anchor": true, "dominant-baseline": true,
	"marker-end": true, "marker-start": true, "markerWidth": true, "markerHeight": true, "refX": true,
	"refY": true, "orient": true, "markerUnits": true, "fill": true, "stroke": true, "stroke-width": true,
	"stroke-dasharray": true, "stroke-linecap": true, "stroke-linejoin": true, "opacity": true,
	"fill-opacity": true, "font-size": true, "font-weight": true, "dx": true, "dy": true, "href": true,
	"preserveAspectRatio": true, "aria-hidden": true, "lang": true, "textLength": true,
	"lengthAdjust": true, "vector-effect": true,
}

var (
	cssURLOrImport = regexp.MustCompile(`(?i)@import|url\s*\(`)
	fragmentURL    = regexp.MustCompile(`^url\(#[A-Za-z0-9_-]+\)$`)
)

// SVGProblem is one reason a figure file is refused, with its line in the file.
type SVGProblem struct {
	Line int
	Msg  string
}

// SanitizeSVG checks a figure's SVG and returns it re-serialised for inlining into a page: no
// XML declaration or comments, the root marked role="img" and labelled by its <title> and
// <desc>. Every id must start with anchor + "-", so figures on one page never clash with each
// other or with the page. The markup is "" when there is any problem.
func SanitizeSVG(data []byte, anchor string) (string, []SVGProblem) {
	var probs []SVGProblem
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	line := func() int { l, _ := d.InputPos(); return l }
	add := func(format string, args ...any) {
		probs = append(probs, SVGProblem{line(), fmt.Sprintf(format, args...)})
	}

	var out strings.Builder
	var stack []string // open elements
	ids := map[string]bool{}
	var refs []SVGProblem // fragment references, checked once every id is known
	hasTitle, hasDesc := false, false
	var text strings.Builder // text of the current <title>/<desc>
	skip := 0                // depth inside a refused element, whose content is dropped
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			add("not well-formed XML: %v", err)
			return "", probs
		}
		switch t := tok.(type) {
		case xml.ProcInst:
			if t.Target != "xml" {
				add("processing instruction <?%s?> is not allowed", t.Target)
			}
		case xml.Directive:
			add("<!%s> is not allowed (no DOCTYPE or entities)", firstWord(string(t)))
		case xml.Comment:
			// dropped
		case xml.StartElement:
			name := t.Name.Local
			if skip > 0 {
				skip++
				continue
			}
			if t.Name.Space != svgNS {
				add("element <%s> is not in the SVG namespace", name)
				if len(stack) == 0 {
					return "", probs // nothing else can be read as SVG
				}
				skip = 1
				continue
			}
			if len(stack) == 0 && name != "svg" {
				add("the root element must be <svg>, not <%s>", name)
			}
			switch {
			case name == "script":
				add("<script> is not allowed: a figure never runs code")
			case name == "foreignObject":
				add("<foreignObject> is not allowed: it embeds HTML")
			case name == "image":
				add("<image> is not allowed: draw the figure, do not embed a picture")
			case name == "style":
				add("<style> is not allowed: the page's CSP blocks inline styles; use the classes in web/static/figures.css")
				var css strings.Builder
				for depth := 1; depth > 0; {
					tok, err := d.Token()
					if err != nil {
						break
					}
					switch tt := tok.(type) {
					case xml.StartElement:
						depth++
					case xml.EndElement:
						depth--
					case xml.CharData:
						css.Write(tt)
					}
				}
				if cssURLOrImport.MatchString(css.String()) {
					add("<style> loads other files (@import or url()): a figure has no external references")
				}
				continue
			case !svgElements[name]:
				add("element <%s> is not allowed in a figure", name)
			}
			if !svgElements[name] {
				skip = 1
				continue
			}
			if len(stack) == 1 && name == "title" {
				hasTitle = true
			}
			if len(stack) == 1 && name == "desc" {
				hasDesc = true
			}
			text.Reset()
			out.WriteString("<" + name)
			root := len(stack) == 0
			for _, a := range t.Attr {
				an := a.Name.Local
				if a.Name.Space == "xmlns" || a.Name.Space == "" && an == "xmlns" {
					if a.Value != svgNS && a.Value != "http://www.w3.org/1999/xlink" {
						add("namespace %q is not allowed", a.Value)
					}
					continue
				}
				v := a.Value
				switch {
				case strings.HasPrefix(strings.ToLower(an), "on"):
					add("event attribute %s on <%s> is not allowed: a figure never runs code", an, name)
					continue
				case an == "href":
					if !strings.HasPrefix(v, "#") {
						add("%s=%q on <%s> is an external reference; only #fragment links are allowed", attrName(a.Name), v, name)
						continue
					}
					refs = append(refs, SVGProblem{line(), v[1:]})
				case an == "style":
					add("style attribute on <%s> is not allowed: the page's CSP blocks inline styles; use a class", name)
					continue
				case a.Name.Space == xmlNS:
					if an != "lang" && an != "space" {
						add("attribute xml:%s on <%s> is not allowed", an, name)
						continue
					}
				case a.Name.Space != "":
					add("attribute %s:%s on <%s> is not allowed", a.Name.Space, an, name)
					continue
				case a.Name.Space == "" && !svgAttrs[an]:
					add("attribute %s on <%s> is not allowed in a figure", an, name)
					continue
				case strings.Contains(strings.ToLower(v), "url("):
					if !fragmentURL.MatchString(strings.TrimSpace(v)) {
						add("%s=%q on <%s> is an external reference; only url(#fragment) is allowed", an, v, name)
						continue
					}
					refs = append(refs, SVGProblem{line(), strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(v), "url(#"), ")")})
				case (an == "fill" || an == "stroke") && v != "none" && v != "currentColor":
					add("%s=%q on <%s> is a fixed colour, which breaks dark mode; use a class from web/static/figures.css or currentColor", an, v, name)
					continue
				case an == "id":
					if !strings.HasPrefix(v, anchor+"-") {
						add("id %q must start with %q, so it is unique on the page", v, anchor+"-")
					}
					ids[v] = true
				}
				if root && an == "aria-hidden" {
					continue // the root is labelled below
				}
				if a.Name.Space == xmlNS {
					an = "xml:" + an
				}
				out.WriteString(" " + an + `="` + html.EscapeString(v) + `"`)
			}
			if root {
				if !hasAttr(t, "viewBox") {
					add("<svg> needs a viewBox so the figure scales to the page")
				}
				out.WriteString(` xmlns="` + svgNS + `" role="img" aria-labelledby="` + anchor + `-title ` + anchor + `-desc"`)
			}
			if len(stack) == 1 && (name == "title" || name == "desc") && !hasAttr(t, "id") {
				out.WriteString(` id="` + anchor + "-" + name + `"`)
			}
			out.WriteString(">")
			stack = append(stack, name)
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			name := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(stack) == 1 && (name == "title" || name == "desc") && strings.TrimSpace(text.String()) == "" {
				add("<%s> is empty", name)
			}
			out.WriteString("</" + name + ">")
		case xml.CharData:
			if skip > 0 || len(stack) == 0 {
				continue
			}
			text.Write(t)
			out.WriteString(html.EscapeString(string(t)))
		}
	}
	if !hasTitle {
		probs = append(probs, SVGProblem{1, "<svg> needs a <title> as its first child: what the figure shows, for screen readers"})
	}
	if !hasDesc {
		probs = append(probs, SVGProblem{1, "<svg> needs a <desc>: the figure described in words, for screen readers"})
	}
	for _, ref := range refs {
		if !ids[ref.Msg] {
			probs = append(probs, SVGProblem{ref.Line, fmt.Sprintf("reference to #%s points at no id in this file", ref.Msg)})
		}
	}
	if len(probs) > 0 {
		return "", probs
	}
	return out.String(), nil
}

func hasAttr(t xml.StartElement, name string) bool {
	for _, a := range t.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return true
		}
	}
	return false
}

func attrName(n xml.Name) string {
	if n.Space == "http://www.w3.org/1999/xlink" {
		return "xlink:" + n.Local
	}
	return n.Local
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}
