"""Train word2vec skip-gram vectors on the tokenised ANT corpus (prep_ant.py)
for the `fast` profile's word-cluster features. One worker, fixed seed.
Usage: python train_vectors.py /work/tmp_ner/ant_tok.txt /work/tmp_ner/ant_w2v.kv"""
import sys
import time

from gensim.models import Word2Vec
from gensim.models.word2vec import LineSentence


def main(src, out):
    t0 = time.time()
    m = Word2Vec(LineSentence(src), vector_size=100, window=5, min_count=3, sg=1,
                 negative=5, sample=1e-4, epochs=5, workers=1, seed=13)
    m.wv.save(out)
    print("vocab", len(m.wv), "seconds", round(time.time() - t0))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
