/** anneal for Tribuo (org.tribuo:tribuo-math, an optional dependency): {@link dev.anneal.adapters.tribuo.AnnealSGD}. */
package dev.anneal.adapters.tribuo;
