/** anneal for DJL (ai.djl:api, an optional dependency): {@link dev.anneal.adapters.djl.AnnealTracker}. */
package dev.anneal.adapters.djl;
