/**
 * In-memory data sets ({@link io.vectorprop.data.Dataset}) and their readers ({@link io.vectorprop.data.Loaders}):
 * IDX (MNIST, Fashion-MNIST), CSV, and the bundled digits set (UCI optical digits, CC BY 4.0).
 */
package io.vectorprop.data;
