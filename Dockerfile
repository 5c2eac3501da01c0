# syntax=docker/dockerfile:1
# The avalanche command line as a container image: built with Maven on a JDK 25, run on a JDK 25
# JRE, the jar as the entrypoint, the bundled scenarios in /opt/avalanche/scenarios.
#
#   docker build -t avalanche:0.1.0 .
#   docker run --rm -v "$PWD/out:/out" avalanche:0.1.0 run /opt/avalanche/scenarios/story-avalanche.yaml --out /out/story
#
# deploy/kubernetes/sweep-job.yaml runs this image as the shards of a sweep and their merge.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
ENV MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow"
COPY . .
RUN mvn -B -ntp -q -DskipTests -pl cli -am package

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /opt/avalanche avalanche
WORKDIR /opt/avalanche
COPY --from=build /src/cli/target/avalanche.jar /opt/avalanche/avalanche.jar
COPY --from=build /src/scenarios/*.yaml /opt/avalanche/scenarios/
USER 10001
# The heap may use most of the container's memory limit: a shard holds no more than its runs.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/avalanche/avalanche.jar"]
CMD ["--help"]
