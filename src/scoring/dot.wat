;; The dot product of two float32 vectors in WebAssembly SIMD, for the scorers' hundreds of
;; thousands of cosines (three to four times the speed of the JavaScript loop). It gives the same
;; double as `dot` in vectors.ts bit for bit: four double sums, one per position modulo 4 (two
;; lanes each of $lo and $hi), the tail added to the first, summed ((s0 + s1) + s2) + s3.
;; scripts/build-wasm.js assembles it into dot-wasm.ts.
(module
  (import "env" "memory" (memory 1))
  ;; $a, $b: byte offsets of the two vectors in memory; $n: how many floats.
  (func (export "dot") (param $a i32) (param $b i32) (param $n i32) (result f64)
    (local $lo v128) (local $hi v128) (local $va v128) (local $vb v128) (local $end i32) (local $s0 f64)
    (local.set $end (i32.add (local.get $a) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $a) (local.get $end)))
        (local.set $va (v128.load (local.get $a)))
        (local.set $vb (v128.load (local.get $b)))
        (local.set $lo (f64x2.add (local.get $lo) (f64x2.mul (f64x2.promote_low_f32x4 (local.get $va)) (f64x2.promote_low_f32x4 (local.get $vb)))))
        ;; The upper two floats moved down, then widened the same way.
        (local.set $hi (f64x2.add (local.get $hi)
          (f64x2.mul
            (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $va) (local.get $va)))
            (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $vb) (local.get $vb))))))
        (local.set $a (i32.add (local.get $a) (i32.const 16)))
        (local.set $b (i32.add (local.get $b) (i32.const 16)))
        (br $next)))
    (local.set $s0 (f64x2.extract_lane 0 (local.get $lo)))
    (local.set $end (i32.add (local.get $end) (i32.shl (i32.and (local.get $n) (i32.const 3)) (i32.const 2))))
    (block $tail
      (loop $more
        (br_if $tail (i32.ge_u (local.get $a) (local.get $end)))
        (local.set $s0 (f64.add (local.get $s0) (f64.mul (f64.promote_f32 (f32.load (local.get $a))) (f64.promote_f32 (f32.load (local.get $b))))))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (local.set $b (i32.add (local.get $b) (i32.const 4)))
        (br $more)))
    (f64.add
      (f64.add (f64.add (local.get $s0) (f64x2.extract_lane 1 (local.get $lo))) (f64x2.extract_lane 0 (local.get $hi)))
      (f64x2.extract_lane 1 (local.get $hi))))
)
