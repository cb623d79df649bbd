package io.vectorprop.gemm;
public class XF { public static void set(boolean b) { GemmEngine.XF = b; } }
