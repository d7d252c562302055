/** anneal for ND4J and Deeplearning4j (org.nd4j:nd4j-api, an optional dependency): {@link dev.anneal.adapters.nd4j.AnnealSchedule}. */
package dev.anneal.adapters.nd4j;
