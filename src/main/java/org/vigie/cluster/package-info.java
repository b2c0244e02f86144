/**
 * Many Vigie nodes on one PostgreSQL (issue 18): each node's identity ({@link org.vigie.cluster.NodeId}, kept in its
 * data directory), its row and heartbeat in {@code cluster_node}, and the one listener per node
 * ({@link org.vigie.cluster.Cluster}) that wakes the search follower and drops the caches another node's change
 * made stale ({@code cache_version}). It knows nothing of search or of the caches themselves: {@code App} hands it
 * what to run.
 */
package org.vigie.cluster;
