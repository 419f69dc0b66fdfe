SELECT ${k} AS k, davies_bouldin_index, mean_squared_distance
FROM ML.EVALUATE(MODEL ${model})
