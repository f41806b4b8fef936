package retriever

import (
	"context"
	"strconv"
	"testing"
)

// The local vectors scored by dimension give every passage the similarity chromem-go's scan of
// the whole collection gives it, to the bit: the ranking is the same search, done faster.
func TestSparseVectorsScoreAsChromemDoes(t *testing.T) {
	_, ix := sharedIndex(t)
	if ix.sparse == nil {
		t.Fatal("the local embedding has no vectors by dimension")
	}
	ctx := context.Background()
	for _, q := range []string{
		"什么是混合专家", "o1为啥回答那么慢", "GPQA Diamond 考什么？", "聊久了它就忘了",
		"deepseek 为啥这么火", "llama3 最大的多大", "红烧肉怎么做？", "a",
		// A question sharing no term with the report still has a vector (see normalize).
		"ｑｗｅｒｔｙｕｉｏｐ",
	} {
		res, err := ix.coll.Query(ctx, q, len(ix.passages), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := map[int]float32{}
		for _, r := range res {
			if r.Similarity > 0 {
				i, err := strconv.Atoi(r.Metadata["i"])
				if err != nil {
					t.Fatal(err)
				}
				want[i] = r.Similarity
			}
		}
		got, err := ix.vectorRanking(ctx, q, len(ix.passages))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d passages share something with the question, chromem-go finds %d", q, len(got), len(want))
		}
		for _, h := range got {
			if w, ok := want[h.passage]; !ok || float32(h.similarity) != w {
				t.Errorf("%s: passage %d similarity %v, chromem-go's %v (found %v)", q, h.passage, h.similarity, w, ok)
			}
		}
		for i := 1; i < len(got); i++ {
			if a, b := got[i-1], got[i]; a.similarity < b.similarity || a.similarity == b.similarity && a.passage > b.passage {
				t.Errorf("%s: ranked %v before %v", q, a, b)
			}
		}
	}
}
